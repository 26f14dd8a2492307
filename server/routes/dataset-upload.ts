import type { Context } from 'hono';
import { z } from 'zod';
import { invalid, type SchemaOverrides } from '../../tools';
import type { AppEnv } from '../app-types';
import { mediaType, unsupportedMediaType } from '../http/media-type';
import { parseInput } from '../http/validate';
import { overridesSchema } from '../schemas/common';
import type { datasetJsonBodySchema } from '../schemas/datasets';
import { rowsToCsv } from './rows-to-csv';

/** An upload, whatever its content type, as CSV (a file's bytes, or JSON's text) plus options. */
export interface Upload {
  /** Bytes of an uploaded file, decoded by `parseDataset` (UTF-8, else Windows-1252 with a note). */
  csv: string | Uint8Array;
  /** Given explicitly (a taken name is a conflict) or derived from the file (made unique). */
  name: { value: string; explicit: boolean };
  overrides: SchemaOverrides;
  activate: boolean;
  /** False for JSON rows: there is no file whose lines messages could name. */
  lineNumbers: boolean;
}

const bad = (field: string, reason: string) => invalid(field, reason, 'invalid_input');

const jsonOverrides = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(overridesSchema);

/**
 * Reads `POST /api/datasets`: multipart with a `file` field, a `text/csv` body (name in `?name=`)
 * or JSON `{ name, csv }` / `{ name, rows }`; anything else is a 415 naming the media types read.
 */
export async function readUpload(
  c: Context<AppEnv>,
  json: z.output<typeof datasetJsonBodySchema> | undefined,
  query: { name?: string; activate?: 'true' | 'false' },
): Promise<Upload> {
  const type = mediaType(c);
  const activateQuery = query.activate !== 'false';
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File))
      throw bad('file', 'attach the CSV file in a form field named file');
    const given =
      typeof form.name === 'string' && form.name.trim() !== '' ? form.name.trim() : undefined;
    const overrides =
      typeof form.overrides === 'string' && form.overrides.trim() !== ''
        ? parseInput(jsonOverrides, form.overrides, 'body')
        : {};
    return {
      csv: new Uint8Array(await file.arrayBuffer()),
      name: { value: given ?? (file.name || 'upload.csv'), explicit: given !== undefined },
      overrides,
      activate: form.activate !== 'false' && activateQuery,
      lineNumbers: true,
    };
  }
  if (type === 'text/csv' || type === 'text/plain' || type === 'application/csv') {
    return {
      csv: new Uint8Array(await c.req.arrayBuffer()),
      name: { value: query.name ?? 'upload.csv', explicit: query.name !== undefined },
      overrides: {},
      activate: activateQuery,
      lineNumbers: true,
    };
  }
  if (!json)
    throw unsupportedMediaType(type, ['multipart/form-data', 'text/csv', 'application/json']);
  return {
    csv: 'csv' in json ? json.csv : rowsToCsv(json.rows),
    name: { value: json.name, explicit: true },
    overrides: (json.overrides ?? {}) as SchemaOverrides,
    activate: (json.activate ?? true) && activateQuery,
    lineNumbers: 'csv' in json,
  };
}
