import { describe, expect, it } from 'vitest';
import type { AgentAnswer } from '../../agent';
import { DEMO_CSV, errorOf, useHttpFixture } from './http-fixture';

const f = useHttpFixture();

// The uncalibrated fit puts social near 2.5; a test with a small error says it is 1.0.
const TEST = { channel: 'social_spend', roi: 1, sd: 0.05 };

interface ModelView {
  id: string;
  active: boolean;
  settings: { seed: number; calibration?: unknown };
  channels: { name: string; roi: number }[];
}

async function withDataset(workspaceId: string): Promise<{ key: string; datasetId: string }> {
  const key = await f.mintKey(workspaceId);
  const upload = await f.call('POST', '/api/datasets', {
    key,
    json: { name: 'demo.csv', csv: DEMO_CSV },
  });
  return { key, datasetId: ((await upload.json()) as { id: string }).id };
}

const socialRoi = (m: ModelView) =>
  m.channels.find((c) => c.name === 'social_spend')?.roi as number;

describe('POST /api/models with lift-test calibration', () => {
  it('fits to the lift test, keeps it in the settings and moves the channel ROI to it', async () => {
    const { key, datasetId } = await withDataset('lift-http');
    const plain = await f.call('POST', '/api/models', { key, json: { datasetId, seed: 42 } });
    expect(plain.status).toBe(201);
    const uncalibrated = (await plain.json()) as ModelView;
    expect(uncalibrated.settings.calibration).toBeUndefined();

    const res = await f.call('POST', '/api/models', {
      key,
      json: { datasetId, seed: 42, calibration: [TEST] },
    });
    expect(res.status).toBe(201);
    const calibrated = (await res.json()) as ModelView;
    expect(calibrated.settings).toMatchObject({ seed: 42, calibration: [TEST] });
    expect(Math.abs(socialRoi(calibrated) - TEST.roi) / TEST.roi).toBeLessThan(0.1);
    expect(Math.abs(socialRoi(uncalibrated) - TEST.roi) / TEST.roi).toBeGreaterThan(0.1);

    const got = (await (
      await f.call('GET', `/api/models/${calibrated.id}`, { key })
    ).json()) as ModelView;
    expect(got.settings.calibration).toEqual([TEST]);
    expect(socialRoi(got)).toBe(socialRoi(calibrated));
    // The newer fit is the active one; the first stays stored, no longer active.
    expect([uncalibrated.active, calibrated.active, got.active]).toEqual([true, true, true]);
    const first = (await (
      await f.call('GET', `/api/models/${uncalibrated.id}`, { key })
    ).json()) as ModelView;
    expect(first.active).toBe(false);
  });

  it('keeps the lift tests when the chat refits with another seed, and says so', async () => {
    const { key, datasetId } = await withDataset('lift-http-chat');
    const fit = await f.call('POST', '/api/models', {
      key,
      json: { datasetId, calibration: [TEST] },
    });
    const first = (await fit.json()) as ModelView;
    const res = await f.call('POST', '/api/chat', {
      key,
      json: { question: 'refit the model with seed 7' },
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as AgentAnswer;
    expect(answer.toolCalls.find((c) => c.name === 'fit_model')?.args).toMatchObject({ seed: 7 });
    expect(answer.answer).toMatch(/calibrated to 1 lift test \(Social\)/);

    const { activeModelId } = await f.runtime.store.workspaces.get('lift-http-chat');
    expect(activeModelId).not.toBe(first.id);
    const active = (await (
      await f.call('GET', `/api/models/${activeModelId}`, { key })
    ).json()) as ModelView;
    expect(active.settings).toMatchObject({ seed: 7, calibration: [TEST] });
    expect(Math.abs(socialRoi(active) - TEST.roi) / TEST.roi).toBeLessThan(0.1);
  });

  it('calibrates to a lift test stated in the chat, after asking for its error when it lacks one', async () => {
    const { key } = await withDataset('lift-http-said');
    const ask = (question: string, threadId?: string) =>
      f.call('POST', '/api/chat', { key, json: { question, ...(threadId ? { threadId } : {}) } });
    const first = (await (
      await ask('Our geo test on social came back with an ROI of 1.0')
    ).json()) as AgentAnswer & { threadId: string };
    expect(first.toolCalls).toEqual([]);
    expect(first.answer).toMatch(/How sure was the Social test\?/);

    const res = await ask('plus or minus 0.05', first.threadId);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as AgentAnswer;
    const call = answer.toolCalls.find((c) => c.name === 'fit_model');
    expect(call?.args).toMatchObject({ refit: true, liftTests: [TEST] });
    expect(answer.answer).toMatch(/calibrated to 1 lift test \(Social\)/);
    expect(answer.answer).toMatch(
      /Social: the lift test measured ROI 1 ± 0\.05 \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\); the calibrated model gives (?:0\.9\d*|1(?:\.0\d*)?) \(80% range [\d.]+ to [\d.]+\) over the same weeks/,
    );
    expect(answer.answer).toMatch(/Calibrating with lift tests and experiments/);

    const { activeModelId } = await f.runtime.store.workspaces.get('lift-http-said');
    // Neither turn fitted an uncalibrated model first: the only model is the calibrated one.
    expect((await f.runtime.store.models.list('lift-http-said')).map((m) => m.id)).toEqual([
      activeModelId,
    ]);
    const active = (await (
      await f.call('GET', `/api/models/${activeModelId}`, { key })
    ).json()) as ModelView;
    expect(active.settings.calibration).toEqual([TEST]);
    expect(Math.abs(socialRoi(active) - TEST.roi) / TEST.roi).toBeLessThan(0.1);

    const dropped = (await (await ask('remove the lift tests')).json()) as AgentAnswer;
    expect(dropped.answer).toMatch(/^Refitted the model\. /);
    const after = await f.runtime.store.workspaces.get('lift-http-said');
    const plain = (await (
      await f.call('GET', `/api/models/${after.activeModelId}`, { key })
    ).json()) as ModelView;
    expect(plain.settings.calibration).toBeUndefined();
    expect(Math.abs(socialRoi(plain) - TEST.roi) / TEST.roi).toBeGreaterThan(0.1);
  });

  it('returns 422 naming a lift test on an unknown channel or outside the data, and stores no model', async () => {
    const { key, datasetId } = await withDataset('lift-http-bad');
    const fitWith = (calibration: unknown[]) =>
      f.call('POST', '/api/models', { key, json: { datasetId, calibration } });

    const unknown = await errorOf(await fitWith([{ ...TEST, channel: 'tiktok_spend' }]));
    expect(unknown).toMatchObject({ status: 422, code: 'unprocessable' });
    expect(unknown.issues[0]?.field).toBe('calibration[0].channel');
    expect(unknown.issues[0]?.reason).toMatch(/unknown channel 'tiktok_spend'.*social_spend/);

    const outside = await errorOf(
      await fitWith([TEST, { ...TEST, from: '2030-01-01', to: '2030-03-31' }]),
    );
    expect(outside).toMatchObject({ status: 422 });
    expect(outside.issues[0]?.field).toBe('calibration[1].from');

    const list = (await (await f.call('GET', '/api/models', { key })).json()) as {
      models: unknown[];
    };
    expect(list.models).toEqual([]);
    expect((await f.runtime.store.workspaces.get('lift-http-bad')).activeModelId).toBeNull();
  });

  it('calibrates the joint ROI of channels one test measured together', async () => {
    const { key, datasetId } = await withDataset('lift-http-joint');
    const joint = { channel: ['social_spend', 'display_spend'], roi: 1.2, sd: 0.01 };
    const res = await f.call('POST', '/api/models', {
      key,
      json: { datasetId, calibration: [joint] },
    });
    expect(res.status).toBe(201);
    const m = (await res.json()) as Omit<ModelView, 'channels'> & {
      channels: { name: string; spend: number; contribution: number }[];
    };
    expect(m.settings.calibration).toEqual([joint]);
    const pair = m.channels.filter((c) => joint.channel.includes(c.name));
    const roi =
      pair.reduce((a, c) => a + c.contribution, 0) / pair.reduce((a, c) => a + c.spend, 0);
    expect(Math.abs(roi / joint.roi - 1)).toBeLessThan(0.03);

    const empty = await errorOf(
      await f.call('POST', '/api/models', {
        key,
        json: { datasetId, calibration: [{ ...joint, channel: [] }] },
      }),
    );
    expect(empty.status).toBe(400);
    expect(empty.issues[0]).toEqual({
      field: 'calibration[0].channel',
      reason: 'must not be empty',
    });
  });

  it('returns 400 for a malformed lift test: negative ROI, zero error, a date that is not YYYY-MM-DD', async () => {
    const { key, datasetId } = await withDataset('lift-http-malformed');
    const fieldOf = async (test: Record<string, unknown>) => {
      const error = await errorOf(
        await f.call('POST', '/api/models', { key, json: { datasetId, calibration: [test] } }),
      );
      expect(error.status).toBe(400);
      return error.issues[0]?.field;
    };
    expect(await fieldOf({ ...TEST, roi: -1 })).toBe('calibration[0].roi');
    expect(await fieldOf({ ...TEST, sd: 0 })).toBe('calibration[0].sd');
    expect(await fieldOf({ ...TEST, from: '03/04/2024' })).toBe('calibration[0].from');
    expect(await fieldOf({ roi: 1, sd: 0.1 })).toBe('calibration[0].channel');
    // A misspelt field would have fitted without the test: refused, naming it.
    const typo = await errorOf(
      await f.call('POST', '/api/models', { key, json: { datasetId, calibraton: [TEST] } }),
    );
    expect(typo.status).toBe(400);
    expect(typo.message).toContain('calibraton');
  });

  it('names every bad field as calibration[0].sd with a reason in words, never zod wording', async () => {
    const { key, datasetId } = await withDataset('lift-http-wording');
    const issuesOf = async (json: Record<string, unknown>) =>
      (await errorOf(await f.call('POST', '/api/models', { key, json }))).issues;
    expect(await issuesOf({ datasetId, calibration: [{ ...TEST, sd: 'wide' }] })).toEqual([
      { field: 'calibration[0].sd', reason: 'must be a number, not text' },
    ]);
    expect(await issuesOf({ datasetId, calibration: [{ ...TEST, sd: -1 }] })).toEqual([
      { field: 'calibration[0].sd', reason: expect.stringMatching(/^must be above 0/) },
    ]);
    const typo = await issuesOf({ datasetId, calibraton: [TEST] });
    expect(typo[0]?.field).toBe('calibraton');
    expect(typo[0]?.reason).toMatch(/^is not a known field \(known: .*calibration/);
    const noDataset = await issuesOf({ calibration: [TEST] });
    expect(noDataset[0]).toEqual({ field: 'datasetId', reason: 'is required' });
    for (const issue of [...typo, ...noDataset])
      expect(issue.reason).not.toMatch(
        /Invalid input|expected \w+, received|Unrecognized key|Too (small|big)/,
      );
  });

  it('documents the calibration field in the OpenAPI document', async () => {
    const doc = (await (await f.call('GET', '/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody: {
              content: Record<string, { schema: { properties: Record<string, unknown> } }>;
            };
          }
        >
      >;
    };
    const body = doc.paths['/api/models']?.post?.requestBody.content['application/json']?.schema;
    const calibration = body?.properties.calibration as {
      type: string;
      maxItems: number;
      description: string;
      items: { properties: Record<string, { description?: string }>; required: string[] };
    };
    expect(calibration).toMatchObject({ type: 'array', maxItems: 50 });
    expect(calibration.description).toMatch(/lift tests/i);
    expect(Object.keys(calibration.items.properties)).toEqual([
      'channel',
      'roi',
      'sd',
      'from',
      'to',
    ]);
    expect(calibration.items.required).toEqual(['channel', 'roi', 'sd']);
    for (const p of Object.values(calibration.items.properties)) expect(p.description).toBeTruthy();
  });
});
