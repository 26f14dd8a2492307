import { describe, expect, it } from 'vitest';
import { DEMO_CSV, errorOf, useHttpFixture } from './http-fixture';

const f = useHttpFixture();
const lines = DEMO_CSV.trim().split('\n');
const header = lines[0] as string;
/** The first `n` data rows of the demo file. */
const head = (n: number) => [header, ...lines.slice(1, n + 1)].join('\n');

describe('POST /api/datasets', () => {
  it('stores a multipart CSV upload with its validation report (201) and makes it active', async () => {
    const key = await f.mintKey('uploads-multipart');
    const form = new FormData();
    form.append('file', new File([DEMO_CSV], 'sales.csv', { type: 'text/csv' }));
    const res = await f.call('POST', '/api/datasets', { key, body: form });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      name: string;
      report: { periods: number; schema: { kpi: string; channels: string[] } };
    };
    expect(body.name).toBe('sales.csv');
    expect(body.report.periods).toBe(lines.length - 1);
    expect(body.report.schema.kpi).toBe('revenue');
    expect(body.report.schema.channels).toContain('tv_spend');
    const workspace = await f.runtime.store.workspaces.get('uploads-multipart');
    expect(workspace.activeDatasetId).toBe(body.id);

    const again = await f.call('POST', '/api/datasets', { key, body: form });
    expect(((await again.json()) as { name: string }).name).toBe('sales (2).csv');
  });

  it('accepts a text/csv body named by ?name= and JSON { name, csv } and { name, rows }', async () => {
    const key = await f.mintKey('uploads-other');
    const csv = await f.call('POST', '/api/datasets?name=raw.csv', {
      key,
      body: DEMO_CSV,
      headers: { 'content-type': 'text/csv' },
    });
    expect(csv.status).toBe(201);
    const json = await f.call('POST', '/api/datasets', {
      key,
      json: { name: 'json.csv', csv: DEMO_CSV },
    });
    expect(json.status).toBe(201);
    const columns = header.split(',');
    const rows = lines.slice(1).map((line) => {
      const cells = line.split(',');
      return Object.fromEntries(
        columns.map((c, i) => [c, c === 'date' ? (cells[i] as string) : Number(cells[i])]),
      );
    });
    const fromRows = await f.call('POST', '/api/datasets', { key, json: { name: 'rows', rows } });
    expect(fromRows.status).toBe(201);
    const report = ((await fromRows.json()) as { report: { periods: number; start: string } })
      .report;
    expect(report.periods).toBe(rows.length);
    expect(report.start).toBe(rows[0]?.date);
  });

  it('reads a Latin-1 file as Windows-1252 and says so in the report, multipart or text/csv', async () => {
    const key = await f.mintKey('uploads-latin1');
    const bytes = Uint8Array.from(
      Buffer.from(head(60).replace('tv_spend', 'télé_spend'), 'latin1'),
    );
    const form = new FormData();
    form.append('file', new File([bytes], 'ventes.csv', { type: 'text/csv' }));
    const text = { 'content-type': 'text/csv' };
    for (const res of [
      await f.call('POST', '/api/datasets', { key, body: form }),
      await f.call('POST', '/api/datasets?name=v.csv', { key, body: bytes, headers: text }),
    ]) {
      expect(res.status).toBe(201);
      const { report } = (await res.json()) as {
        report: { warnings: string[]; schema: { channels: string[] } };
      };
      expect(report.schema.channels).toContain('télé_spend');
      expect(report.warnings[0]).toMatch(/^the file is not UTF-8 .*Windows-1252/);
    }
  });

  it('returns 422 with issues naming the row and column of bad data', async () => {
    const key = await f.mintKey('uploads-bad');
    const bad = head(60).split('\n');
    bad[12] = (bad[12] as string).replace(/^([^,]+),([^,]+),([^,]+)/, '$1,$2,-500');
    const res = await f.call('POST', '/api/datasets', {
      key,
      json: { name: 'bad.csv', csv: bad.join('\n') },
    });
    const error = await errorOf(res);
    expect(error.status).toBe(422);
    expect(error.code).toBe('unprocessable');
    const issue = error.issues.find((i) => i.field === 'tv_spend');
    expect(issue?.row).toBe(12);
    expect(issue?.line).toBe(13);
    expect(error.message).toMatch(/^Row 12 \(line 13 of the file\), column tv_spend: /);
    const rows = bad.slice(1).map((line) => {
      const [date, revenue, tv_spend] = line.split(',');
      return { date, revenue: Number(revenue), tv_spend: Number(tv_spend) };
    });
    const fromRows = await errorOf(
      await f.call('POST', '/api/datasets', { key, json: { name: 'rows', rows } }),
    );
    expect(fromRows.message).toMatch(/^Row 12, column tv_spend: /);
    expect(fromRows.issues.find((i) => i.field === 'tv_spend')).toMatchObject({ row: 12 });
  });

  it('returns 409 when an explicit name is taken, 400 for bad overrides, 415 for another media type, 413 over 10 MB', async () => {
    const key = await f.mintKey('uploads-conflict');
    expect(
      (await f.call('POST', '/api/datasets', { key, json: { name: 'a.csv', csv: DEMO_CSV } }))
        .status,
    ).toBe(201);
    expect(
      await errorOf(
        await f.call('POST', '/api/datasets', { key, json: { name: 'a.csv', csv: DEMO_CSV } }),
      ),
    ).toMatchObject({ status: 409, code: 'conflict' });
    const overrides = await errorOf(
      await f.call('POST', '/api/datasets', {
        key,
        json: { name: 'b.csv', csv: DEMO_CSV, overrides: { frequency: 'hourly' } },
      }),
    );
    expect(overrides).toMatchObject({ status: 400 });
    expect(overrides.issues[0]?.field).toBe('overrides.frequency');
    const form = new FormData();
    form.append('notfile', 'x');
    expect(
      (await errorOf(await f.call('POST', '/api/datasets', { key, body: form }))).issues[0]?.field,
    ).toBe('file');
    const xml = await f.call('POST', '/api/datasets', {
      key,
      body: '<a/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(await errorOf(xml)).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
      message:
        'content-type: application/xml is not accepted here; send multipart/form-data, text/csv or application/json',
    });
    const huge = await f.call('POST', '/api/datasets?name=huge.csv', {
      key,
      body: `${header}\n${'2024-01-01,1,1,1,1,1,1,1,0\n'.repeat(420_000)}`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(await errorOf(huge)).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});

describe('datasets and models', () => {
  it('lists, reads, fits and deletes: the fit summary matches the fit --json contract', async () => {
    const key = await f.mintKey('models');
    const created = (await (
      await f.call('POST', '/api/datasets', { key, json: { name: 'd.csv', csv: DEMO_CSV } })
    ).json()) as { id: string };
    const list = (await (await f.call('GET', '/api/datasets', { key })).json()) as {
      datasets: { id: string; active: boolean; periods: number }[];
    };
    expect(list.datasets).toEqual([
      expect.objectContaining({ id: created.id, active: true, periods: lines.length - 1 }),
    ]);
    const one = await f.call('GET', `/api/datasets/${created.id}`, { key });
    expect(
      ((await one.json()) as { report: { schema: { date: string } } }).report.schema.date,
    ).toBe('date');

    const fit = await f.call('POST', '/api/models', {
      key,
      json: { datasetId: created.id, seed: 3 },
    });
    expect(fit.status).toBe(201);
    const model = (await fit.json()) as {
      id: string;
      kpi: string;
      periods: number;
      channels: { name: string; spend: number; contribution: number; share: number; roi: number }[];
      baseline: { share: number };
      metrics: { r2: number };
    };
    expect(model.kpi).toBe('revenue');
    expect(model.periods).toBe(lines.length - 1);
    for (const c of model.channels) expect(c.roi).toBeCloseTo(c.contribution / c.spend, 9);
    const shares = model.channels.reduce((s, c) => s + c.share, 0) + model.baseline.share;
    expect(shares).toBeCloseTo(1, 6);
    const tvSpend = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[2]), 0);
    expect(model.channels.find((c) => c.name === 'tv_spend')?.spend).toBeCloseTo(tvSpend, 2);

    const got = (await (await f.call('GET', `/api/models/${model.id}`, { key })).json()) as {
      status: string;
      metrics: { r2: number };
    };
    expect(got).toMatchObject({ status: 'ready', metrics: { r2: model.metrics.r2 } });
    const models = (await (await f.call('GET', '/api/models', { key })).json()) as {
      models: { id: string; active: boolean }[];
    };
    expect(models.models).toEqual([expect.objectContaining({ id: model.id, active: true })]);

    const scenario = await f.call('POST', '/api/scenarios', {
      key,
      json: { name: 's', changes: [{ type: 'scale', channel: 'tv', percent: 10 }] },
    });
    const scenarioId = ((await scenario.json()) as { id: string }).id;

    const del = await f.call('DELETE', `/api/datasets/${created.id}`, { key });
    expect(del.status).toBe(204);
    expect((await f.call('GET', `/api/datasets/${created.id}`, { key })).status).toBe(404);
    expect((await f.call('GET', `/api/models/${model.id}`, { key })).status).toBe(404);
    expect((await f.call('GET', `/api/scenarios/${scenarioId}`, { key })).status).toBe(404);
    const workspace = await errorOf(await f.call('GET', '/api/workspace', { key }));
    expect(workspace).toMatchObject({ status: 404, code: 'not_found' });
    expect((await f.call('DELETE', `/api/datasets/${created.id}`, { key })).status).toBe(404);
  });

  it('hands the workspace to the newest dataset left when the active one is deleted', async () => {
    const key = await f.mintKey('datasets-handover');
    const upload = async (name: string) =>
      (
        (await (
          await f.call('POST', '/api/datasets', { key, json: { name, csv: DEMO_CSV } })
        ).json()) as { id: string }
      ).id;
    const first = await upload('first.csv');
    const second = await upload('second.csv');
    const active = async () =>
      (
        (await (await f.call('GET', '/api/workspace', { key })).json()) as {
          activeDatasetId: string;
        }
      ).activeDatasetId;
    expect(await active()).toBe(second);
    expect((await f.call('DELETE', `/api/datasets/${second}`, { key })).status).toBe(204);
    expect(await active()).toBe(first);
  });

  it('returns 404 fitting an unknown dataset and 400 for a bad seed', async () => {
    const key = await f.mintKey('models-bad');
    expect(
      await errorOf(await f.call('POST', '/api/models', { key, json: { datasetId: 'ds_nope' } })),
    ).toMatchObject({ status: 404 });
    expect(
      (await f.call('POST', '/api/models', { key, json: { datasetId: 'x', seed: -1 } })).status,
    ).toBe(400);
  });

  it('returns 422 when the data is too short to fit, saying how many periods are needed', async () => {
    const key = await f.mintKey('models-short');
    const error = await errorOf(
      await f.call('POST', '/api/datasets', { key, json: { name: 'short.csv', csv: head(20) } }),
    );
    expect(error).toMatchObject({ status: 422, code: 'unprocessable' });
    expect(error.message).toMatch(/at least \d+ weeks/);
  });
});
