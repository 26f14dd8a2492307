import { type FittedModel, type Interval, optimizeBudget, type SpendPlan, whatIf } from '../tools';

/** One question a user asks of a model: two plans over a horizon and the change between them. */
export interface PlanChange {
  name: string;
  reference: SpendPlan;
  scenario: SpendPlan;
  periods: number;
  /** The model's point estimate of the change and its intervals (80% then 95%). */
  point: number;
  intervals: Interval[];
}

/**
 * The plan changes the intervals are scored on, in every world: the optimizer's split of today's
 * budget, 20% of the biggest channel moved to the smallest, the second-biggest halved, and 20%
 * more on every channel. Channels are ranked by the model's recent run-rate.
 */
export function planChanges(model: FittedModel): PlanChange[] {
  const o = optimizeBudget(model, {});
  const ranked = Object.entries(o.current.spend)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  const [big, second] = ranked;
  const small = ranked.at(-1);
  const out: PlanChange[] = [];
  out.push({
    name: 'optimize',
    reference: o.current.spend,
    scenario: o.optimal.spend,
    periods: o.horizon.periods,
    point: o.delta.kpi,
    intervals: o.delta.interval,
  });
  const asks: [string, unknown][] = [
    ['move 20%', [{ type: 'move', from: big, to: small, percent: 20 }]],
    ['halve second', [{ type: 'scale', channel: second, percent: -50 }]],
    ['total +20%', [{ type: 'total', percent: 20 }]],
  ];
  for (const [name, changes] of asks) {
    const w = whatIf(model, { changes });
    out.push({
      name,
      reference: w.reference.spend,
      scenario: w.scenario.spend,
      periods: w.horizon.periods,
      point: w.delta.kpi,
      intervals: w.delta.interval,
    });
  }
  return out;
}
