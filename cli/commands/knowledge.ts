import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IndexReport } from '../../knowledge';
import { openDatabase } from '../../store';
import { invalid } from '../../tools';
import type { Command, CommandIO } from '../command';
import { loadConfig } from '../config';
import { openKnowledge } from '../open-knowledge';

const USAGE = `Usage: mixpilot knowledge <action> [options]

Manages the methodology knowledge base the assistant cites.

Actions:
  index                          index the methodology docs (incremental: unchanged docs write nothing)
  search "QUERY" [--k N]         show the passages a question retrieves
  add FILE --workspace W         add or replace a workspace's own document (markdown or text)
  remove ID --workspace W        remove a workspace document
  list --workspace W             list a workspace's documents

Options:
  --workspace W   the workspace (search: include its documents)
  --id ID         document id for add (default from front matter or file name)
  --title T       document title for add
  --k N           number of results for search (default 4)
  --json          print JSON

Uses the embedded database (or DATABASE_URL), the local embedder (or OpenAI embeddings when
OPENAI_API_KEY is set) and pgvector (or Pinecone when PINECONE_API_KEY is set). On a PostgreSQL
without pgvector, vectors live in each process's memory and workspace documents' text in the
database; a running server sees documents added here after its next restart.`;

function describeReport(r: IndexReport): string {
  const parts = [
    `${r.added.length} added`,
    `${r.updated.length} updated`,
    `${r.removed.length} removed`,
    `${r.unchanged.length} unchanged`,
  ];
  return `${parts.join(', ')}; ${r.chunksWritten} chunks written`;
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      k: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [action, arg] = positionals;
  if (!action || !['index', 'search', 'add', 'remove', 'list'].includes(action)) {
    throw invalid(
      'action',
      `expected index, search, add, remove or list, got '${action ?? ''}'`,
      'invalid_input',
    );
  }
  const needsWorkspace = action === 'add' || action === 'remove' || action === 'list';
  if (needsWorkspace && !values.workspace)
    throw invalid('--workspace', `is required for ${action}`, 'invalid_input');
  if ((action === 'search' || action === 'add' || action === 'remove') && !arg) {
    throw invalid(
      action === 'search' ? 'QUERY' : action === 'add' ? 'FILE' : 'ID',
      'is required',
      'invalid_input',
    );
  }

  const config = loadConfig(io.env);
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.MIXPILOT_DATA_DIR });
  try {
    const { knowledgeBase: kb, embedder, store } = await openKnowledge(config, db);
    const print = (json: unknown, text: string) =>
      io.out(values.json ? JSON.stringify(json) : text);
    const workspace = values.workspace as string;
    if (action === 'index') {
      const started = performance.now();
      const report = await kb.indexMethodology();
      const ms = Math.round(performance.now() - started);
      print(
        { ...report, embedder: embedder.id, store: store.kind, ms },
        `knowledge index (${embedder.id} on ${store.kind}): ${describeReport(report)} in ${ms} ms`,
      );
    } else if (action === 'search') {
      const k = values.k ? Number(values.k) : 4;
      if (!Number.isInteger(k) || k < 1 || k > 20)
        throw invalid('--k', 'must be a whole number from 1 to 20', 'invalid_input');
      const hits = await kb.search(arg as string, { workspaceId: values.workspace ?? null, k });
      const lines = hits.map(
        (h, i) =>
          `[${i + 1}] ${h.id} · ${h.section} (${h.score.toFixed(3)})\n    ${h.text.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
      print(hits, lines.join('\n') || 'no results');
    } else if (action === 'add') {
      const file = arg as string;
      const content = await readFile(file, 'utf8').catch(() => {
        throw invalid('FILE', `cannot read '${file}'`, 'invalid_input');
      });
      const added = await kb.addWorkspaceDoc(workspace, {
        content,
        id: values.id,
        title: values.title,
        filename: path.basename(file),
      });
      print(
        added,
        `added '${added.id}' (${added.title}) to workspace ${workspace}: ${describeReport(added.report)}`,
      );
    } else if (action === 'remove') {
      const removed = await kb.removeWorkspaceDoc(workspace, arg as string);
      print(
        { removed },
        removed
          ? `removed '${arg}' from workspace ${workspace}`
          : `no document '${arg}' in workspace ${workspace}`,
      );
      return removed ? 0 : 2;
    } else {
      const docs = await kb.listWorkspaceDocs(workspace);
      print(
        docs,
        docs.map((d) => `${d.docId}\t${d.title ?? ''}\t${d.chunks} chunks`).join('\n') ||
          'no documents',
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}

export const knowledgeCommand: Command = {
  name: 'knowledge',
  summary: 'Index and search the methodology docs; add or remove a workspace’s own documents',
  usage: USAGE,
  run,
};
