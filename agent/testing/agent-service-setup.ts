import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { tool } from '@langchain/core/tools';
import { MemorySaver } from '@langchain/langgraph';
import { z } from 'zod';
import { type Dataset, type FittedModel, MixPilotError } from '../../tools';
import { createAgentService } from '../agent-service';
import type { AgentPorts, ChatModels, SearchHit } from '../ports';
import { type ScriptedChatModel, toolCallMessage } from './scripted-chat-model';

/** A small agent service over canned tool results, for the service's own tests. */
const model = {
  kpi: 'revenue',
  kpiType: 'revenue',
  frequency: 'weekly',
  periods: 156,
  dates: ['2022-01-03', '2024-12-23'],
  channels: [{ name: 'tv_spend' }, { name: 'social_spend' }],
  warnings: [],
} as unknown as FittedModel;
const dataset = {
  schema: {
    kpi: 'revenue',
    kpiType: 'revenue',
    frequency: 'weekly',
    channels: ['tv_spend', 'social_spend'],
    groups: {},
  },
  dates: ['2022-01-03', '2024-12-23'],
  spend: {},
} as unknown as Dataset;

const whatIfResult = {
  horizon: { periods: 13, unit: 'weeks' },
  reference: { spend: { tv_spend: 240_000, social_spend: 120_000 }, kpi: 5_000_000 },
  scenario: { spend: { tv_spend: 192_000, social_spend: 168_000 }, kpi: 5_012_300 },
  delta: {
    kpi: 12_300,
    kpiPct: 0.00246,
    spend: 0,
    interval: [{ level: 0.8, low: 4_100, high: 20_500 }],
  },
  assumptions: ['Reference plan: average weekly spend over the last 13 weeks, times 13.'],
};
const curveResult = {
  channel: 'tv_spend',
  points: [0, 25_000, 50_000, 75_000, 100_000].map((spend, i) => ({
    spend,
    kpi: spend * 2,
    mroi: 3 - 0.5 * i,
  })),
  current: { spend: 50_000, kpi: 100_000, roi: 2, mroi: 2 },
  halfSaturationSpend: 60_000,
  ceiling: 400_000,
  observedMax: 120_000,
  position: 'efficient',
  periodUnit: 'week',
};
const hits: SearchHit[] = [
  {
    id: 'what-if',
    title: 'How what-if works',
    section: 'Reference plan',
    text: 'A what-if compares two plans over the same horizon.',
    score: 1,
  },
];

export function setup(
  primary: BaseChatModel,
  options: { fallback?: ScriptedChatModel; provider?: string; whatIfError?: string } = {},
) {
  const decisions: [string, boolean][] = [];
  const ports: AgentPorts = {
    activeData: async (workspaceId) => ({ workspaceId, datasetId: 'd1', dataset }),
    activeModel: async (workspaceId) => ({
      workspaceId,
      datasetId: 'd1',
      modelId: 'm1',
      model,
      dataset,
    }),
    refit: async () => {
      throw new Error('not used');
    },
    search: async () => hits,
    saveScenario: async () => 'scn_1',
    decideScenario: async (_ws, id, approve) => {
      decisions.push([id, approve]);
    },
  };
  const tools = () => [
    tool(
      async () => {
        if (options.whatIfError) throw new MixPilotError('unprocessable', options.whatIfError);
        return whatIfResult;
      },
      {
        name: 'what_if',
        description: 'what if',
        schema: z.object({ changes: z.array(z.any()) }),
      },
    ),
    tool(async () => curveResult, {
      name: 'get_response_curve',
      description: 'response curve',
      schema: z.object({ channel: z.string(), maxMultiple: z.number().optional() }),
    }),
    tool(async () => hits, {
      name: 'search_methodology',
      description: 'search',
      schema: z.object({ query: z.string() }),
    }),
  ];
  const chatModels = (): ChatModels => ({
    primary,
    provider: options.provider ?? 'offline',
    ...(options.fallback ? { fallback: options.fallback } : {}),
  });
  const service = createAgentService({
    ports,
    tools,
    chatModels,
    checkpointer: new MemorySaver(),
    newThreadId: () => 't1',
  });
  return { service, decisions };
}

export const moveCall = toolCallMessage([
  { name: 'what_if', args: { changes: [{ type: 'move', from: 'tv', to: 'social', percent: 20 }] } },
  { name: 'search_methodology', args: { query: 'how what-if works' } },
]);
