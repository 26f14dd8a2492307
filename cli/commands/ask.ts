import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { AgentAnswer } from '../../agent';
import { MixPilotError, parseDataset } from '../../tools';
import type { Command } from '../command';
import { loadConfig } from '../config';
import { createRuntime, DEMO_WORKSPACE, type Runtime } from '../runtime';
import { readCsvBytes } from './read-csv';

const USAGE = `Usage: mixpilot ask "QUESTION" [--data CSV] [--thread ID] [--json]
       mixpilot ask --approve|--reject --thread ID [--data CSV] [--json]

Asks MixPilot a question about the demo data, or about CSV with --data (fitted on first use and
kept in the local database). --thread ID continues a conversation. With --json, stdout is one
JSON object: { answer, toolCalls, citations, threadId, provider }. When an answer proposes a plan,
--approve (or --reject) with its thread decides whether it becomes the workspace's plan.`;

/** A workspace per CSV content, so asking about the same file again reuses its fitted model. */
async function workspaceFor(runtime: Runtime, path: string): Promise<string> {
  const csv = await readCsvBytes(path, '--data');
  const id = `csv-${createHash('sha256').update(csv).digest('hex').slice(0, 16)}`;
  const workspace = await runtime.store.workspaces.ensure({ id, name: path });
  if (!workspace.activeDatasetId) {
    const { dataset, report } = parseDataset(csv);
    await runtime.store.datasets.create(id, { name: path, data: dataset, report, activate: true });
  }
  return id;
}

function readable(answer: AgentAnswer): string {
  const sources = answer.citations.map(
    (c, i) => `[${i + 1}] ${c.title}${c.section ? ` (${c.section})` : ''}`,
  );
  const pending = answer.pending
    ? [
        '',
        `To make this the workspace's plan: mixpilot ask --approve --thread ${answer.threadId} (or --reject)`,
      ]
    : [];
  return [
    answer.answer,
    ...(sources.length > 0 ? ['', 'Sources:', ...sources] : []),
    ...pending,
    '',
    `thread ${answer.threadId} (continue with --thread ${answer.threadId})`,
  ].join('\n');
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'Ask a question in plain language (what-if, best split, drivers, trust)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        thread: { type: 'string' },
        json: { type: 'boolean', default: false },
        approve: { type: 'boolean', default: false },
        reject: { type: 'boolean', default: false },
      },
    });
    const question = positionals.join(' ').trim();
    const decision = values.approve || values.reject;
    if (decision && !values.thread) {
      throw new MixPilotError(
        'invalid_input',
        '--thread: give the thread whose plan you approve or reject',
      );
    }
    if (!question && !decision)
      throw new MixPilotError(
        'invalid_input',
        'QUESTION: give the question in quotes, e.g. mixpilot ask "which channels drive sales?"',
      );
    const runtime = await createRuntime(loadConfig(io.env), { seedDemo: !values.data });
    try {
      const workspaceId = values.data ? await workspaceFor(runtime, values.data) : DEMO_WORKSPACE;
      const events = decision
        ? runtime.agent.resume({
            workspaceId,
            threadId: values.thread as string,
            approve: values.approve,
          })
        : runtime.agent.answer({
            workspaceId,
            question,
            ...(values.thread ? { threadId: values.thread } : {}),
          });
      for await (const event of events) {
        if (event.type === 'status' && !values.json) io.err(event.message);
        if (event.type === 'error') throw new MixPilotError(event.code as never, event.message);
        if (event.type === 'final') {
          const { answer, toolCalls, citations, threadId, provider } = event.answer;
          io.out(
            values.json
              ? JSON.stringify({ answer, toolCalls, citations, threadId, provider })
              : readable(event.answer),
          );
          return 0;
        }
      }
      throw new MixPilotError('internal', 'the agent ended without an answer');
    } finally {
      await runtime.close();
    }
  },
};
