import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeDoc } from '../types';
import { parseDoc } from './parse-doc';

/** Folder of the methodology documents shipped with MixPilot. */
export const METHODOLOGY_DOCS_DIR = fileURLToPath(new URL('../docs/', import.meta.url));

/** Reads every `*.md` file of a folder as a document, in file-name order. */
export async function loadDocsDir(dir: string = METHODOLOGY_DOCS_DIR): Promise<KnowledgeDoc[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (f) =>
      parseDoc(await readFile(path.join(dir, f), 'utf8'), path.basename(f, '.md')),
    ),
  );
}
