import { z } from 'zod';

/** A workspace API key as the API shows it: never its hash, and its clear text only at creation. */
export const apiKeySchema = z.object({
  id: z.string(),
  label: z.string(),
  prefix: z.string().describe('The first characters of the key, to recognise it.'),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().describe('Last use, recorded at most once a minute.'),
  revokedAt: z.string().nullable(),
});

export const apiKeyListSchema = z.object({ keys: z.array(apiKeySchema) });

export const apiKeyBodySchema = z.object({
  label: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('What the key is for, e.g. "Looker export" or "Slack bot".'),
});

export const apiKeyCreatedSchema = apiKeySchema.extend({
  key: z.string().describe('The clear key (`mp_…`). Shown once: store it now.'),
});
