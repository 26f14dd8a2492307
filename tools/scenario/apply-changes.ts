import type { ScenarioChange } from '../agent/tool-schemas';
import { invalid } from '../errors';
import type { ChannelLookup } from './channel-lookup';
import { lookupAll } from './channel-lookup';
import { formatMoney } from './format';
import type { SpendPlan } from './plan-evaluation';

/** A scenario plan and one readable line per applied change. */
export interface AppliedScenario {
  plan: SpendPlan;
  notes: string[];
}

type Move = Extract<ScenarioChange, { type: 'move' }>;

/** Spend below this (in currency over the horizon) is rounding noise, not a negative plan. */
const EPS = 1e-9;

/**
 * Applies changes in order to a copy of the reference plan. Percentages act on a channel's spend
 * as it stands when the change is applied (the reference for the first change). A change naming a
 * group acts on its members in proportion to their spend (evenly when they have none).
 */
export function applyChanges(
  reference: SpendPlan,
  changes: ScenarioChange[],
  lookup: ChannelLookup,
): AppliedScenario {
  const plan: SpendPlan = { ...reference };
  const notes: string[] = [];
  changes.forEach((change, i) => {
    const at = `changes[${i}]`;
    switch (change.type) {
      case 'move':
        notes.push(applyMove(plan, change, at, lookup));
        break;
      case 'scale': {
        const names = lookup(change.channel, `${at}.channel`);
        if (change.percent < -100) {
          throw invalid(
            `${at}.percent`,
            `scaling ${names.join(', ')} by ${change.percent}% would make the spend negative (-100% switches it off)`,
          );
        }
        for (const c of names) plan[c] = (plan[c] ?? 0) * (1 + change.percent / 100);
        notes.push(`Scaled ${names.join(', ')} by ${signed(change.percent)}%.`);
        break;
      }
      case 'set': {
        const names = lookup(change.channel, `${at}.channel`);
        if (change.amount < 0) {
          throw invalid(
            `${at}.amount`,
            `a channel's spend cannot be negative (got ${formatMoney(change.amount)})`,
          );
        }
        const shares = proportions(plan, names);
        names.forEach((c, k) => {
          plan[c] = change.amount * (shares[k] as number);
        });
        notes.push(`Set ${names.join(', ')} to ${formatMoney(change.amount)} over the horizon.`);
        break;
      }
      case 'add': {
        const names = lookup(change.channel, `${at}.channel`);
        const have = names.reduce((s, c) => s + (plan[c] ?? 0), 0);
        if (have + change.amount < -EPS * Math.max(1, have)) {
          throw invalid(
            `${at}.amount`,
            `cutting ${formatMoney(-change.amount)} from ${names.join(', ')} leaves a negative spend (it has ${formatMoney(have)} over the horizon)`,
          );
        }
        const shares = proportions(plan, names);
        names.forEach((c, k) => {
          plan[c] = Math.max(0, (plan[c] ?? 0) + change.amount * (shares[k] as number));
        });
        const verb = change.amount >= 0 ? 'Added' : 'Cut';
        notes.push(
          `${verb} ${formatMoney(Math.abs(change.amount))} ${change.amount >= 0 ? 'to' : 'from'} ${names.join(', ')}.`,
        );
        break;
      }
      case 'total': {
        if (change.percent < -100) {
          throw invalid(
            `${at}.percent`,
            `a total change of ${change.percent}% would make spend negative (-100% switches everything off)`,
          );
        }
        for (const c of Object.keys(plan)) plan[c] = (plan[c] ?? 0) * (1 + change.percent / 100);
        notes.push(
          `Changed the total budget by ${signed(change.percent)}%, every channel in proportion.`,
        );
        break;
      }
    }
  });
  return { plan, notes };
}

function applyMove(plan: SpendPlan, change: Move, at: string, lookup: ChannelLookup): string {
  const sources = lookup(change.from, `${at}.from`);
  const toNames = Array.isArray(change.to) ? change.to : [change.to];
  const perEntry = toNames.map((name, k) =>
    lookup(name, toNames.length > 1 ? `${at}.to[${k}]` : `${at}.to`).filter(
      (c) => !sources.includes(c),
    ),
  );
  const targets = lookupAll(lookup, toNames, `${at}.to`).filter((c) => !sources.includes(c));
  if (targets.length === 0) {
    throw invalid(
      `${at}.to`,
      `nothing to move to: the receiving channels are the source itself (${sources.join(', ')})`,
    );
  }
  const split = targetSplit(change.weights, toNames.length, perEntry, targets, at);
  if ((change.percent === undefined) === (change.amount === undefined)) {
    throw invalid(at, 'a move needs either a percent or an amount (exactly one)', 'invalid_input');
  }
  const have = sources.reduce((s, c) => s + (plan[c] ?? 0), 0);
  let moved: number;
  if (change.percent !== undefined) {
    if (change.percent > 100) {
      throw invalid(
        `${at}.percent`,
        `cannot move more than 100% of ${sources.join(', ')} (asked for ${change.percent}%)`,
      );
    }
    moved = (have * change.percent) / 100;
    for (const c of sources) plan[c] = (plan[c] ?? 0) * (1 - change.percent / 100);
  } else {
    const amount = change.amount as number;
    if (amount > have * (1 + EPS)) {
      throw invalid(
        `${at}.amount`,
        `cannot move ${formatMoney(amount)} out of ${sources.join(', ')}: it only has ${formatMoney(have)} over the horizon (more than 100%)`,
      );
    }
    moved = Math.min(amount, have);
    const shares = proportions(plan, sources);
    sources.forEach((c, k) => {
      plan[c] = Math.max(0, (plan[c] ?? 0) - moved * (shares[k] as number));
    });
  }
  for (const [c, w] of split) plan[c] = (plan[c] ?? 0) + moved * w;
  const how = change.weights ? 'by the given weights' : targets.length > 1 ? 'split evenly' : '';
  const what =
    change.percent !== undefined
      ? `${change.percent}% of ${sources.join(', ')} (${formatMoney(moved)})`
      : `${formatMoney(moved)} from ${sources.join(', ')}`;
  return `Moved ${what} to ${targets.join(', ')}${how ? ` (${how})` : ''}.`;
}

/** Fractions of the moved amount per receiving channel, summing to one. */
function targetSplit(
  weights: number[] | undefined,
  entries: number,
  perEntry: string[][],
  targets: string[],
  at: string,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!weights) {
    for (const c of targets) out.set(c, 1 / targets.length);
    return out;
  }
  const total = weights.reduce((s, w) => s + w, 0);
  if (weights.length === entries) {
    perEntry.forEach((members, k) => {
      for (const c of members) {
        out.set(c, (out.get(c) ?? 0) + (weights[k] as number) / total / members.length);
      }
    });
    const sum = [...out.values()].reduce((s, w) => s + w, 0);
    for (const [c, w] of out) out.set(c, w / sum);
    return out;
  }
  if (weights.length === targets.length) {
    targets.forEach((c, k) => {
      out.set(c, (weights[k] as number) / total);
    });
    return out;
  }
  throw invalid(
    `${at}.weights`,
    `${weights.length} weights for ${targets.length} receiving channels (${targets.join(', ')}); give one weight per channel`,
    'invalid_input',
  );
}

/** Each channel's share of the group's spend; even shares when the group has none. */
function proportions(plan: SpendPlan, names: string[]): number[] {
  const total = names.reduce((s, c) => s + Math.max(0, plan[c] ?? 0), 0);
  return names.map((c) => (total > 0 ? Math.max(0, plan[c] ?? 0) / total : 1 / names.length));
}

function signed(p: number): string {
  return p > 0 ? `+${p}` : `${p}`;
}
