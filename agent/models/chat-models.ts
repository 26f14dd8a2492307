import { ChatOpenAI } from '@langchain/openai';
import { channelLabel } from '../../tools';
import { OfflinePlanner } from '../planner/offline-planner';
import type { ChatModelFactory } from '../ports';

/** How to reach an OpenAI-compatible model; without an API key the offline planner is used. */
export interface ChatModelSettings {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  model?: string;
  /** Per request, before a retry (default 30 s). */
  timeoutMs?: number;
  /** Retries on 429 and 5xx, with backoff, before falling back to the offline planner (default 2). */
  maxRetries?: number;
}

/**
 * Builds each turn's chat models: the OpenAI-compatible model with the offline planner as its
 * fallback when a key is set, otherwise the offline planner alone. The planner is told the
 * workspace's channels, groups and frequency.
 */
export function createChatModels(settings: ChatModelSettings): ChatModelFactory {
  return ({ model, dataset }) => {
    const planner = new OfflinePlanner({
      dataset: {
        channels: model.channels.map((c) => ({ name: c.name, label: channelLabel(c.name) })),
        groups: dataset.schema.groups ?? {},
        frequency: model.frequency,
      },
    });
    if (!settings.openaiApiKey) return { primary: planner, provider: 'offline' };
    const openai = new ChatOpenAI({
      apiKey: settings.openaiApiKey,
      model: settings.model ?? 'gpt-4o-mini',
      temperature: 0,
      timeout: settings.timeoutMs ?? 30_000,
      maxRetries: settings.maxRetries ?? 2,
      ...(settings.openaiBaseUrl ? { configuration: { baseURL: settings.openaiBaseUrl } } : {}),
    });
    return { primary: openai, fallback: planner, provider: 'openai' };
  };
}
