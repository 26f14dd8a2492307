import { describe, expect, it } from 'vitest';
import type { FittedModel } from '../model/model-types';
import type { Bound, ChannelLimits } from './bounds';
import { explainAllocation } from './explain';
import type { AllocationProblem } from './problem';

const REF = 100_000;
/** KPI of a channel for a horizon total x: value(x) = 1.81x - 0.36x²/REF, so at REF it averaged
 * $1.45 per $1 and its next dollar returns $1.09. */
const display = {
  name: 'display',
  value: (x: number) => 1.81 * x - (0.36 * x * x) / REF,
  marginal: (x: number) => 1.81 - (0.72 * x) / REF,
  curvature: () => -0.72 / REF,
};
const zero = { value: 0, source: '', field: '' };
const limits: ChannelLimits = {
  name: 'display',
  reference: REF,
  floor: zero,
  cap: { value: Number.POSITIVE_INFINITY, source: 'max', field: '' },
  locked: false,
};
const bound: Bound = { lo: 0, hi: Number.POSITIVE_INFINITY, loLimit: zero, hiLimit: limits.cap };
const problem = {
  model: {
    kpi: 'revenue',
    kpiType: 'revenue',
    responses: [{ name: 'display', saturation: { type: 'hill', alpha: 2.5, gamma: 1 } }],
  } as unknown as FittedModel,
  reference: { display: REF },
  allocated: ['display'],
  curves: [display],
  limits: [limits],
} as unknown as AllocationProblem;

describe('explainAllocation on a channel switched off', () => {
  it('says its dollars earned less than elsewhere when its average is below the common return', () => {
    const [line] = explainAllocation(problem, [bound], [0], 1.6).lines;
    expect(line).toBe(
      'display: switched off, -$100,000 (-100%). Even at its current spend each dollar averaged $1.45 per $1, against $1.60 per extra $1 elsewhere at the optimum (its S-shaped curve pays little until spend is high).',
    );
  });

  it('does not claim its average was below the common return when it was above it', () => {
    const [line] = explainAllocation(problem, [bound], [0], 1.35).lines;
    expect(line).toBe(
      'display: switched off, -$100,000 (-100%). At current spend each dollar of it averaged $1.45 per $1 but its next dollar returned $1.09 per extra $1; the best plan found leaves it out (its S-shaped curve pays little until spend is high).',
    );
  });
});
