/**
 * The one place that reads the environment. Parsed with zod into a frozen object and passed
 * down; no other module touches `process.env`.
 */
import { z } from 'zod';
import { fieldIssuesOf, MixPilotError, readableReason } from '../tools';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const flag = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const text = (v ?? '').trim().toLowerCase();
    if (['', '0', 'false', 'no', 'off'].includes(text)) return false;
    if (['1', 'true', 'yes', 'on'].includes(text)) return true;
    ctx.addIssue({ code: 'custom', message: 'expected true or false' });
    return false;
  });

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalString,
  MIXPILOT_DATA_DIR: z.string().default('.mixpilot'),
  MIXPILOT_PUBLIC_URL: optionalString,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  DATABASE_URL: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  PINECONE_API_KEY: optionalString,
  PINECONE_INDEX: z.string().default('mixpilot-knowledge'),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  MIXPILOT_JWT_SECRET: optionalString,
  MIXPILOT_JWKS_URL: optionalString,
  MIXPILOT_CORS_ORIGINS: optionalString,
  /** Require credentials on /api/* even without JWT settings (API keys only). */
  MIXPILOT_REQUIRE_AUTH: flag,
  /** Requests per minute per API key, token or address; 0 turns limiting off. */
  MIXPILOT_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Take client addresses from X-Forwarded-For (only behind a trusted proxy). */
  MIXPILOT_TRUST_PROXY: flag,
  /** Agent turns run at once by the HTTP server; default 4 offline, 32 with a hosted model. */
  MIXPILOT_MAX_CONCURRENT_TURNS: z.coerce.number().int().min(1).optional(),
  /** Seconds requests in flight get to finish on SIGINT/SIGTERM. */
  MIXPILOT_SHUTDOWN_GRACE: z.coerce.number().min(0).default(10),
  /**
   * Set by npm when it runs a package script (`start`) or `npx` (`npx`): the process then runs
   * under npm's shell, which does not pass SIGTERM on (see `mixpilot serve`).
   */
  npm_lifecycle_event: optionalString,
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Parses an environment (defaults to the process's) into a frozen config; throws naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env, { error: readableReason });
  if (!parsed.success) {
    const issues = fieldIssuesOf(parsed.error, { fallback: 'environment' });
    const first = issues[0];
    throw new MixPilotError(
      'invalid_input',
      `environment variable ${first?.field}: ${first?.reason}`,
      { issues },
    );
  }
  return Object.freeze(parsed.data);
}
