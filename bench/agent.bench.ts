/**
 * Offline end-to-end answer latency on a fitted model (target p50 ≤ 50 ms): the real agent
 * (offline planner, LangGraph, tools, composer, grounding guard, SQL checkpointer, thread
 * storage) on the embedded in-memory database, the demo workspace fitted beforehand.
 */
import { collectAnswer } from '../agent/index';
import { createRuntime, DEMO_WORKSPACE, loadConfig } from '../cli/index';
import { markdownTable, median, percentile, rssMb, timeRuns } from './measure';

const QUESTIONS = [
  'What if we move 20% of TV to social?',
  'How should we split $1M across TV, social and search?',
  'Which channels drive sales?',
  'Is search saturated?',
  'How good is the model?',
  'What is adstock?',
];

export default async function run(): Promise<string> {
  const runtime = await createRuntime(loadConfig({}), { inMemory: true });
  try {
    await runtime.knowledge.indexMethodology();
    const rows: (string | number)[][] = [];
    let all: number[] = [];
    for (const question of QUESTIONS) {
      const times = await timeRuns(
        () => collectAnswer(runtime.agent.answer({ workspaceId: DEMO_WORKSPACE, question })),
        15,
        2,
      );
      all = all.concat(times);
      rows.push([question, median(times).toFixed(1), percentile(times, 95).toFixed(1)]);
    }
    rows.push(['**all questions**', median(all).toFixed(1), percentile(all, 95).toFixed(1)]);
    return [
      '### Offline agent: end-to-end answer on a fitted model',
      '',
      markdownTable(['question', 'p50 ms', 'p95 ms'], rows),
      '',
      `RSS after the run: ${rssMb().toFixed(0)} MB. Each answer is a new thread (checkpoint writes and thread storage included).`,
    ].join('\n');
  } finally {
    await runtime.close();
  }
}
