import { z } from 'zod';
import {
  AMOUNT_EXAMPLES,
  type BudgetConstraints,
  type Layout,
  type LayoutChoice,
  MAX_AMOUNT,
  type OptimizeArgs,
  readAmount,
} from '../../tools';
import { looseObject } from './common';

/** A number read as the CLI reads it: `1000000`, `1M`, `$1.5M`, `250k`, `0.3`. */
const number = z.string().transform((text, ctx) => {
  const value = readAmount(text);
  if (value !== null) return value;
  ctx.addIssue({ code: 'custom', message: `'${text}' is not a number (e.g. ${AMOUNT_EXAMPLES})` });
  return z.NEVER;
});
const amount = number.refine((v) => Math.abs(v) <= MAX_AMOUNT, 'at most 1e12 (a trillion)');
const list = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1, 'must name at least one channel'));

const PER_CHANNEL = ['min', 'max', 'minShare', 'maxShare', 'minMultiple', 'maxMultiple'] as const;
type PerChannel = (typeof PER_CHANNEL)[number];
/** `flighting.tv=even`: the what_if tool's and /api/predict's `flighting`, one channel a key. */
const FLIGHTING = 'flighting';
const LAYOUTS: readonly Layout[] = ['even', 'bursts', 'historical'];
/**
 * `burst.tv=4` with `flighting.tv=bursts`: bursts of 4 periods on, 4 off, instead of the usual
 * cadence; `off.tv=1` with them: pauses of 1 period instead of as long as the bursts.
 */
const BURST = 'burst';
const OFF = 'off';
const CADENCE = [BURST, OFF] as const;

const named = {
  objective: z
    .enum(['max_kpi', 'max_profit', 'target_roas', 'target_kpi'])
    .optional()
    .describe('What to optimize; default max_kpi.'),
  budget: amount
    .optional()
    .describe(
      'Total budget over the horizon, written as in the CLI (1000000, 1M, $1.5M, 250k); default the reference total.',
    ),
  budgetChangePct: number.optional().describe('Budget as a change from the reference, in percent.'),
  channels: list.optional().describe('Comma list: allocate only among these channels.'),
  totalMode: z
    .enum(['equal', 'at_most'])
    .optional()
    .describe('Spend exactly the budget, or at most it.'),
  margin: number.optional().describe('Profit margin on KPI revenue, for max_profit (0.3 = 30%).'),
  targetRoas: number.optional().describe('Marginal ROAS floor, for target_roas.'),
  targetKpi: amount.optional().describe('KPI level to reach over the horizon, for target_kpi.'),
  targetKpiPct: number.optional().describe('KPI growth in percent, for target_kpi.'),
  horizon: z.coerce.number().int().positive().max(520).optional().describe('Horizon in periods.'),
  lock: list.optional().describe('Comma list of channels kept at their reference spend.'),
};

/**
 * Query of `GET /api/recommendations`: the optimize_budget arguments as flat parameters, with
 * per-channel constraints as `min.tv=100000`, `max.X`, `minShare.X`, `maxShare.X` (fractions),
 * `minMultiple.X`, `maxMultiple.X`, and layouts as `flighting.tv=even` (`flighting.tv=bursts` with
 * `burst.tv=4` for bursts of a stated length, and `off.tv=1` for pauses of another). Unknown
 * parameters are rejected.
 */
export const recommendationsQuerySchema = z
  .object(named)
  .catchall(z.string())
  .transform((query, ctx): OptimizeArgs => {
    const constraints: BudgetConstraints = {};
    const flighting: Record<string, LayoutChoice> = {};
    const cadence: Record<(typeof CADENCE)[number], Record<string, number>> = {
      burst: {},
      off: {},
    };
    for (const [key, raw] of Object.entries(query)) {
      if (key in named) continue;
      const dot = key.indexOf('.');
      const kind = key.slice(0, dot) as PerChannel;
      const channel = key.slice(dot + 1);
      if (dot > 0 && key.slice(0, dot) === FLIGHTING && channel !== '') {
        if (LAYOUTS.includes(raw as Layout)) flighting[channel] = raw as Layout;
        else
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `must be ${LAYOUTS.map((l) => `'${l}'`).join(' or ')} (got '${raw}')`,
          });
        continue;
      }
      const part = CADENCE.find((k) => k === key.slice(0, dot));
      if (dot > 0 && part && channel !== '') {
        const periods = Number(raw);
        if (typeof raw === 'string' && /^\d+$/.test(raw.trim()) && periods >= 1)
          cadence[part][channel] = periods;
        else
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `must be a whole number of periods, at least 1 (got '${raw}')`,
          });
        continue;
      }
      if (dot <= 0 || !PER_CHANNEL.includes(kind) || channel === '') {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown parameter; per-channel parameters are ${[...PER_CHANNEL, FLIGHTING, ...CADENCE].map((k) => `${k}.CHANNEL`).join(', ')}`,
        });
        continue;
      }
      const value = typeof raw === 'string' ? readAmount(raw) : null;
      const share = kind === 'minShare' || kind === 'maxShare';
      if (value === null || value < 0 || (share && value > 1)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: share ? 'must be a fraction from 0 to 1' : 'must be a number of at least 0',
        });
        continue;
      }
      constraints[kind] = { ...(constraints[kind] ?? {}), [channel]: value };
    }
    for (const channel of Object.keys(cadence.off)) {
      if (cadence.burst[channel] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [`${OFF}.${channel}`],
          message: `a pause length needs ${BURST}.${channel} (the burst's length) too`,
        });
    }
    for (const [channel, burst] of Object.entries(cadence.burst)) {
      const off = cadence.off[channel];
      if (flighting[channel] === 'bursts')
        flighting[channel] = { layout: 'bursts', burst, ...(off !== undefined ? { off } : {}) };
      else
        ctx.addIssue({
          code: 'custom',
          path: [`${BURST}.${channel}`],
          message: `a burst length needs ${FLIGHTING}.${channel}=bursts`,
        });
    }
    const { lock, ...rest } = query as Record<string, unknown> & { lock?: string[] };
    const args: Record<string, unknown> = {};
    for (const key of Object.keys(named)) {
      if (key !== 'lock' && rest[key] !== undefined) args[key] = rest[key];
    }
    if (lock) constraints.locked = lock;
    if (Object.keys(constraints).length > 0) args.constraints = constraints;
    if (Object.keys(flighting).length > 0) args.flighting = flighting;
    return args as OptimizeArgs;
  });

export const optimizeResultSchema = looseObject(
  'The optimize_budget result: { objective, budget, current: { spend, kpi }, optimal: { spend, kpi }, delta: { kpi, kpiPct, spend, interval: [80%, 95%] }, marginalRoi, binding, explanation, summary, warnings, assumptions, flighting: { channel: { layout, perPeriod, on, burst, off, recent, recentOn } } for channels laid out anew (only with `flighting.CHANNEL=even` or `=bursts`) }.',
);
