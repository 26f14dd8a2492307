import { describe, expect, it } from 'vitest';
import { MOVE_RESULT } from '../testing/fixtures';
import { evaluateCheck } from './evaluate-check';
import { MISSING, parsePath, resolvePath } from './json-path';

describe('json paths', () => {
  it('reads keys, indexes, quoted keys, sum() and len()', () => {
    const v = { changes: [{ percent: 20 }], 'a.b': 1, spend: { tv: 2, social: 3 } };
    expect(resolvePath(v, 'changes[0].percent')).toBe(20);
    expect(resolvePath(v, "['a.b']")).toBe(1);
    expect(resolvePath(v, '$')).toBe(v);
    expect(resolvePath(v, 'sum(spend)')).toBe(5);
    expect(resolvePath(v, 'len(changes)')).toBe(1);
    expect(resolvePath(v, 'changes[3].percent')).toBe(MISSING);
  });

  it('rejects a path it cannot read, naming the position', () => {
    expect(() => parsePath('changes[x]')).toThrow(/character 8/);
  });
});

describe('checks', () => {
  it('accepts the scenario TV spend as 0.8 times the reference', () => {
    const check = {
      path: 'scenario.spend.tv_spend',
      equals: { ref: 'reference.spend.tv_spend', times: 0.8 },
      tolerance: 1e-6,
    };
    expect(evaluateCheck(MOVE_RESULT, check).ok).toBe(true);
  });

  it('rejects a scenario TV spend that is 0.7 times the reference, saying both numbers', () => {
    const result = structuredClone(MOVE_RESULT);
    result.scenario.spend.tv_spend = 280_000;
    const o = evaluateCheck(result, {
      path: 'scenario.spend.tv_spend',
      equals: { ref: 'reference.spend.tv_spend', times: 0.8 },
    });
    expect(o.ok).toBe(false);
    expect(o.message).toBe('scenario.spend.tv_spend: expected 320000, got 280000');
  });

  it('checks social gained what TV lost with plus/minus expressions', () => {
    const check = {
      path: 'scenario.spend.social_spend',
      equals: {
        ref: 'reference.spend.social_spend',
        plus: { ref: 'reference.spend.tv_spend', minus: { ref: 'scenario.spend.tv_spend' } },
      },
    };
    expect(evaluateCheck(MOVE_RESULT, check).ok).toBe(true);
    const wrong = structuredClone(MOVE_RESULT);
    wrong.scenario.spend.social_spend = 290_000;
    expect(evaluateCheck(wrong, check).ok).toBe(false);
  });

  it('checks ranges, regexes, subsets, one_of, contains, length and exists', () => {
    const args = {
      changes: [{ type: 'move', from: 'tv_spend', to: ['social', 'search'], percent: 20 }],
    };
    const pass = [
      { path: 'changes[0].percent', min: 15, max: 25 },
      { path: 'changes[0].from', regex: '^TV' },
      { path: '$', subset: { changes: [{ type: 'move' }] } },
      { path: 'changes[0].type', one_of: ['move', 'scale'] },
      { path: 'changes[0].to', contains: 'search' },
      { path: 'changes[0].to', contains: { regex: '^sea' } },
      { path: 'changes', length: 1 },
      { path: 'horizon', exists: false },
    ];
    for (const c of pass) expect(evaluateCheck(args, c), JSON.stringify(c)).toEqual({ ok: true });
    const fail = [
      { path: 'changes[0].percent', min: 25 },
      { path: 'changes[0].from', regex: '^radio' },
      { path: '$', subset: { changes: [{ type: 'scale' }] } },
      { path: 'changes[0].type', one_of: ['set'] },
      { path: 'changes[0].to', contains: 'radio' },
      { path: 'changes[0].to', contains: { regex: '^radio' } },
      { path: 'changes', length: { min: 2 } },
      { path: 'changes[0].percent', exists: false },
      { path: 'changes[0].amount', equals: 5 },
    ];
    for (const c of fail) expect(evaluateCheck(args, c).ok, JSON.stringify(c)).toBe(false);
  });

  it('compares magnitudes with abs and relative tolerances with rel', () => {
    expect(
      evaluateCheck({ d: -72_412 }, { path: 'd', equals: 72_000, abs: true, rel: 0.01 }).ok,
    ).toBe(true);
    expect(evaluateCheck({ d: -72_412 }, { path: 'd', equals: 72_000, rel: 0.01 }).ok).toBe(false);
  });
});
