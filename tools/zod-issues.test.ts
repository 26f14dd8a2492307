import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssuesOf, fieldPath, readableReason } from './zod-issues';

const schema = z
  .object({
    budget: z.number().positive().max(1e12),
    objective: z.enum(['max_kpi', 'max_profit']),
    label: z.string().min(1),
    note: z.string().min(3, 'say a little more'),
    from: z.iso.date().optional(),
    calibration: z.array(z.object({ sd: z.number().positive() }).strict()).max(2),
    channel: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  })
  .strict();

function issues(value: unknown) {
  const parsed = schema.safeParse(value, { error: readableReason });
  if (parsed.success) throw new Error('expected a failure');
  return fieldIssuesOf(parsed.error, { fallback: 'body' });
}

const good = {
  budget: 1,
  objective: 'max_kpi',
  label: 'x',
  note: 'abc',
  calibration: [],
  channel: 'tv',
};

describe('zod issues as field issues', () => {
  it('writes paths one way: keys with dots, positions in brackets', () => {
    expect(fieldPath(['calibration', 0, 'sd'])).toBe('calibration[0].sd');
    expect(fieldPath(['allocation', 'tv_spend'])).toBe('allocation.tv_spend');
    expect(fieldPath([2, 'x'])).toBe('[2].x');
    expect(issues({ ...good, calibration: [{ sd: 'wide' }] })).toEqual([
      { field: 'calibration[0].sd', reason: 'must be a number, not text' },
    ]);
  });

  it('gives each built-in check a reason in words, and keeps a message the schema sets', () => {
    const reasons = (value: Record<string, unknown>) =>
      Object.fromEntries(issues({ ...good, ...value }).map((i) => [i.field, i.reason]));
    expect(reasons({ budget: 0 })).toEqual({ budget: 'must be above 0' });
    expect(reasons({ budget: 2e12 })).toEqual({ budget: 'must be at most 1000000000000' });
    expect(reasons({ objective: 'most' })).toEqual({
      objective: 'must be one of max_kpi, max_profit',
    });
    expect(reasons({ label: '' })).toEqual({ label: 'must not be empty' });
    expect(reasons({ note: 'a' })).toEqual({ note: 'say a little more' });
    expect(reasons({ from: '03/04/2024' })).toEqual({ from: 'must be a date written YYYY-MM-DD' });
    expect(reasons({ calibration: [{ sd: 1 }, { sd: 1 }, { sd: 1 }] })).toEqual({
      calibration: 'must have at most 2 items',
    });
    expect(reasons({ budget: undefined })).toEqual({ budget: 'is required' });
    const coerced = z.object({ horizon: z.coerce.number().int() });
    const parsed = coerced.safeParse({ horizon: 'abc' }, { error: readableReason });
    expect(parsed.success ? [] : fieldIssuesOf(parsed.error)).toEqual([
      { field: 'horizon', reason: 'must be a number' },
    ]);
  });

  it('names each unknown field with the known ones, and the closest branch of a union', () => {
    expect(issues({ ...good, budgte: 5, calibration: [{ sd: 1, sdd: 2 }] })).toEqual(
      expect.arrayContaining([
        {
          field: 'budgte',
          reason:
            'is not a known field (known: budget, objective, label, note, from, calibration, channel)',
        },
        { field: 'calibration[0].sdd', reason: 'is not a known field (known: sd)' },
      ]),
    );
    expect(issues({ ...good, channel: '' })).toEqual([
      { field: 'channel', reason: 'must not be empty' },
    ]);
    expect(issues({ ...good, channel: [''] })).toEqual([
      { field: 'channel[0]', reason: 'must not be empty' },
    ]);
    expect(issues('nope')).toEqual([{ field: 'body', reason: 'must be an object, not text' }]);
  });
});
