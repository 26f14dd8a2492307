import OpenAI, { APIConnectionError, APIError } from 'openai';
import { MixPilotError } from '../../tools';
import type { Embedder } from '../types';
import { type RetryOptions, retryAfterMs, withRetry } from './retry';

/** Options of the OpenAI embedder. Pass `client`, or `apiKey` (and `baseURL`) to create one. */
export interface OpenAIEmbedderOptions extends RetryOptions {
  client?: OpenAI;
  apiKey?: string;
  baseURL?: string;
  /** Default `text-embedding-3-small`. */
  model?: string;
  /** Vector length; default 1536 (3-small) or 3072 (3-large); sent to models that accept it. */
  dimensions?: number;
  /** Texts per request, default 96. */
  batchSize?: number;
}

const NATIVE_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/**
 * Embeddings from the OpenAI API (or any compatible endpoint): texts are sent in batches and
 * each batch is retried on 429, 5xx and connection failures with exponential backoff, honouring
 * Retry-After. Other failures become a MixPilotError `upstream` with the provider's message.
 */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions = {}): Embedder {
  const model = options.model ?? 'text-embedding-3-small';
  const native = NATIVE_DIMENSIONS[model];
  const dimensions = options.dimensions ?? native ?? 1536;
  const sendDimensions = options.dimensions !== undefined && model !== 'text-embedding-ada-002';
  const batchSize = options.batchSize ?? 96;
  const client =
    options.client ??
    new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 });

  const embedBatch = async (input: string[]): Promise<number[][]> => {
    const response = await withRetry(
      () =>
        client.embeddings.create({
          model,
          input,
          encoding_format: 'float',
          ...(sendDimensions ? { dimensions } : {}),
        }),
      classify,
      options,
    ).catch((error: unknown) => {
      throw upstream(error);
    });
    const out = new Array<number[]>(input.length);
    for (const item of response.data) out[item.index] = item.embedding;
    for (let i = 0; i < input.length; i++) {
      const v = out[i];
      if (!v || v.length !== dimensions) {
        throw new MixPilotError(
          'upstream',
          `embeddings: the provider returned ${v ? v.length : 0} dimensions for item ${i}, expected ${dimensions}`,
        );
      }
    }
    return out;
  };

  return {
    id: `openai:${model}:${dimensions}`,
    dimensions,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        out.push(...(await embedBatch(texts.slice(i, i + batchSize).map(clean))));
      }
      return out;
    },
    async embedQuery(query) {
      return (await embedBatch([clean(query)]))[0] as number[];
    },
  };
}

/** The API rejects empty strings; newlines are harmless but collapse them like the reference code. */
function clean(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t || ' ';
}

function classify(error: unknown) {
  if (error instanceof APIConnectionError) return { retry: true };
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retry = status === 429 || status >= 500 || status === 408 || status === 409;
    return { retry, afterMs: retryAfterMs(error.headers?.get('retry-after')) };
  }
  return { retry: false };
}

function upstream(error: unknown): MixPilotError {
  if (error instanceof MixPilotError) return error;
  const status = error instanceof APIError ? error.status : undefined;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new MixPilotError(
    status === 429 ? 'rate_limited' : 'upstream',
    `embeddings: the provider failed${status ? ` (HTTP ${status})` : ''}: ${message}`,
    { cause: error },
  );
}
