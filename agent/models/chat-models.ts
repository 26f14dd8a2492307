import { ChatOpenAI } from '@langchain/openai';
import { channelLabel } from '../../tools';
import { OfflinePlanner } from '../planner/offline-planner';
import type { ChatModelFactory } from '../ports';
import { type RetryPolicy, retryingFetch } from './retrying-fetch';

/** How to reach an OpenAI-compatible model; without an API key the offline planner is used. */
export interface ChatModelSettings {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  model?: string;
  /** Per request attempt, before a retry (default 30 s). */
  timeoutMs?: number;
  /** Retries on 429, 5xx, timeouts and dropped connections before falling back to the offline planner (default 2). */
  maxRetries?: number;
  /** First backoff between retries, doubling each time (default 500 ms); a Retry-After header wins. */
  retryDelayMs?: number;
  /** Waits between retries (tests inject an instant one). */
  sleep?: RetryPolicy['sleep'];
}

function totalSpend(history: Record<string, number[]>): number[] {
  const out: number[] = [];
  for (const series of Object.values(history))
    series.forEach((v, i) => {
      out[i] = (out[i] ?? 0) + v;
    });
  return out;
}

/**
 * Builds each turn's chat models: the OpenAI-compatible model with the offline planner as its
 * fallback when a key is set, otherwise the offline planner alone. The planner is told the
 * workspace's channels, groups and frequency. Retries and timeouts are done per HTTP attempt by
 * `retryingFetch`, so LangChain's own retry layer is off.
 */
export function createChatModels(settings: ChatModelSettings): ChatModelFactory {
  const policy: RetryPolicy = {
    maxRetries: settings.maxRetries ?? 2,
    timeoutMs: settings.timeoutMs ?? 30_000,
    baseDelayMs: settings.retryDelayMs ?? 500,
    ...(settings.sleep ? { sleep: settings.sleep } : {}),
  };
  const fetch = retryingFetch(policy);
  const overall = (policy.maxRetries + 1) * policy.timeoutMs + (policy.maxRetries + 1) * 60_000;
  return ({ dataset }) => {
    const planner = new OfflinePlanner({
      dataset: {
        channels: dataset.schema.channels.map((name) => ({ name, label: channelLabel(name) })),
        groups: dataset.schema.groups ?? {},
        frequency: dataset.schema.frequency,
        totalSpendHistory: totalSpend(dataset.spend),
      },
    });
    if (!settings.openaiApiKey) return { primary: planner, provider: 'offline' };
    const openai = new ChatOpenAI({
      apiKey: settings.openaiApiKey,
      model: settings.model ?? 'gpt-4o-mini',
      temperature: 0,
      timeout: overall,
      maxRetries: 0,
      // `streaming` stays unset: `invoke` then sends one non-streamed request (with it on, the
      // client estimates tokens with tiktoken, which downloads its encoding at run time), while
      // `stream()` still streams for a caller that wants tokens as they come.
      configuration: {
        fetch,
        ...(settings.openaiBaseUrl ? { baseURL: settings.openaiBaseUrl } : {}),
      },
    });
    return { primary: openai, fallback: planner, provider: 'openai' };
  };
}
