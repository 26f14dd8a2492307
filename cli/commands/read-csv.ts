import { readFile } from 'node:fs/promises';
import { invalid } from '../../tools';

/**
 * The bytes of a CSV file, for `parseDataset` to decode (UTF-8, or Windows-1252 with a note);
 * a file that cannot be read is refused naming `field` (default the path itself).
 */
export async function readCsvBytes(path: string, field: string = path): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    throw invalid(
      field,
      field === path ? 'cannot read this file' : `cannot read ${path}`,
      'invalid_input',
    );
  }
}
