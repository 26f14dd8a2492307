import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../../tools';
import { parseSuite } from '../suite/parse-suite';
import { answerOf, fakeAgent, GOOD_TEXT } from '../testing/fixtures';
import { createEvalService, type EvalRunStorage, type StoredEvalRun } from './eval-service';
import { feedbackToDraftCases } from './feedback-drafts';

function memoryRuns(): EvalRunStorage & {
  rows: Map<string, StoredEvalRun & { workspaceId: string }>;
} {
  const rows = new Map<string, StoredEvalRun & { workspaceId: string }>();
  const get = async (workspaceId: string, id: string) => {
    const row = rows.get(id);
    if (!row || row.workspaceId !== workspaceId) throw new Error('not found');
    return row;
  };
  return {
    rows,
    async create(workspaceId) {
      const id = `eval_${rows.size + 1}`;
      rows.set(id, { id, workspaceId, status: 'queued' });
      return { id };
    },
    async markRunning(ws, id) {
      (await get(ws, id)).status = 'running';
    },
    async complete(ws, id, output) {
      Object.assign(await get(ws, id), {
        status: 'done',
        results: output.results,
        reportHtml: output.reportHtml,
      });
    },
    async fail(ws, id, error) {
      Object.assign(await get(ws, id), { status: 'failed', error });
    },
    get,
  };
}

const SUITE =
  'name: api\ncases:\n  - id: move\n    question: move 20% of tv to social\n    expect: { tools: [what_if] }\n';

describe('eval service', () => {
  it('runs a submitted suite in the background in the caller workspace and stores results and report', async () => {
    const agent = fakeAgent(() => answerOf(GOOD_TEXT), 5);
    const runs = memoryRuns();
    const service = createEvalService({ agent, runs });
    const id = await service.start('ws1', SUITE);
    expect((await service.status('ws1', id)).status).toMatch(/queued|running/);
    await service.idle();
    const status = await service.status('ws1', id);
    expect(status).toMatchObject({ id, status: 'done', summary: { passed: 1, counted: 1 } });
    expect(agent.inputs[0]?.workspaceId).toBe('ws1');
    expect((await service.results('ws1', id))?.cases[0]?.pass).toBe(true);
    expect(await service.report('ws1', id)).toContain('<!doctype html>');
  });

  it('rejects an invalid suite before storing anything, naming the field', async () => {
    const runs = memoryRuns();
    const service = createEvalService({ agent: fakeAgent(() => answerOf('x')), runs });
    const error = await service.start('ws1', 'name: x\ncases: []\n').catch((e: unknown) => e);
    expect(isMixPilotError(error) && error.code).toBe('invalid_input');
    expect(runs.rows.size).toBe(0);
  });

  it('marks a run failed when storing its results fails', async () => {
    const runs = memoryRuns();
    runs.complete = async () => {
      throw new Error('disk full');
    };
    const errors: unknown[] = [];
    const service = createEvalService({
      agent: fakeAgent(() => answerOf(GOOD_TEXT)),
      runs,
      onError: (e) => errors.push(e),
    });
    const id = await service.start('ws1', SUITE);
    await service.idle();
    expect(await service.status('ws1', id)).toMatchObject({ status: 'failed', error: 'disk full' });
    expect(errors).toHaveLength(1);
  });
});

describe('feedbackToDraftCases', () => {
  it('writes a valid draft suite keeping the rated answer and the comment', () => {
    const yaml = feedbackToDraftCases([
      {
        question: 'What if we cut TV by 30%?',
        answer: 'Revenue falls by $50k.',
        comment: 'wrong channel',
      },
      { question: 'What if we cut TV by 30%?', answer: 'again' },
    ]);
    const suite = parseSuite(yaml);
    expect(suite.cases.map((c) => c.id)).toEqual([
      'feedback-what-if-we-cut-tv-by',
      'feedback-what-if-we-cut-tv-by-2',
    ]);
    expect(suite.cases[0]?.tags).toEqual(['draft', 'feedback']);
    expect(suite.cases[0]?.notes).toContain('Comment: wrong channel');
    expect(suite.cases[0]?.notes).toContain('Answer given: Revenue falls by $50k.');
    expect(yaml.startsWith('# Draft eval cases')).toBe(true);
  });
});
