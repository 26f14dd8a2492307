/**
 * Which column is the KPI, a channel, a control or an event: from the overrides first, then from
 * names, then from values (0/1 cells make an event, text labels make one event per label).
 */
import type { FieldIssue } from '../errors';
import type { ColumnProfile } from './cell-number';
import { findColumn } from './column-lookup';
import { classifyName, kpiRank, kpiTypeOf } from './column-patterns';
import type { SchemaOverrides } from './dataset-types';

/** The roles chosen for the columns of a file, before the values are checked. */
export interface RolePlan {
  kpi: string;
  kpiType: 'revenue' | 'conversions';
  channels: string[];
  controls: string[];
  /** Numeric 0/1 event columns. */
  events: string[];
  /** Text columns whose labels each become a 0/1 event. */
  labelEvents: string[];
  /** A geography column with several values: rows are summed per date. */
  geo?: string;
  ignored: { column: string; reason: string }[];
  notes: string[];
}

const EXPOSURE_REASON = 'exposure (impressions, clicks or GRPs), not spend; MixPilot models spend';

function resolveList(
  names: string[] | undefined,
  header: string[],
  role: string,
  issues: FieldIssue[],
): string[] | undefined {
  if (names === undefined) return undefined;
  const out: string[] = [];
  for (const name of names) {
    const { column, issue } = findColumn(name, header, role);
    if (issue) issues.push(issue);
    else if (column !== undefined && !out.includes(column)) out.push(column);
  }
  return out;
}

function chooseKpi(
  header: string[],
  profiles: Map<string, ColumnProfile>,
  taken: Set<string>,
  issues: FieldIssue[],
): string {
  let best: string[] = [];
  let bestRank = Number.POSITIVE_INFINITY;
  for (const column of header) {
    if (taken.has(column) || (profiles.get(column)?.numeric ?? 0) === 0) continue;
    const cls = classifyName(column).kind;
    if (cls !== 'unknown' && cls !== 'event') continue;
    const rank = kpiRank(column);
    if (rank === null) continue;
    if (rank < bestRank) {
      bestRank = rank;
      best = [column];
    } else if (rank === bestRank) {
      best.push(column);
    }
  }
  if (best.length === 1 && best[0] !== undefined) return best[0];
  const reason =
    best.length > 1
      ? `Several columns could be the KPI (${best.join(', ')}); give the KPI column`
      : `No KPI column found: name it revenue, sales, conversions or y, or give the KPI column (columns: ${header.filter((h) => h !== '').join(', ')})`;
  issues.push({ field: 'kpi', reason });
  return '';
}

/** Assigns a role to every column; problems with overrides or the KPI go to `issues`. */
export function detectRoles(
  header: string[],
  profiles: Map<string, ColumnProfile>,
  date: string,
  overrides: SchemaOverrides,
  issues: FieldIssue[],
): RolePlan {
  const given = {
    channels: resolveList(overrides.channels, header, 'channels', issues),
    controls: resolveList(overrides.controls, header, 'controls', issues),
    events: resolveList(overrides.events, header, 'events', issues),
  };
  const kpiGiven =
    overrides.kpi === undefined ? undefined : findColumn(overrides.kpi, header, 'KPI');
  if (kpiGiven?.issue) issues.push(kpiGiven.issue);
  const roleOf = new Map<string, string>([[date, 'date']]);
  const claim = (column: string, role: string) => {
    const before = roleOf.get(column);
    if (before !== undefined && before !== role) {
      issues.push({
        field: column,
        reason: `Column ${column} is given both as ${before} and as ${role}`,
      });
    }
    roleOf.set(column, role);
  };
  if (kpiGiven?.column) claim(kpiGiven.column, 'KPI');
  for (const c of given.channels ?? []) claim(c, 'a channel');
  for (const c of given.controls ?? []) claim(c, 'a control');
  for (const c of given.events ?? []) claim(c, 'an event');
  const kpi =
    kpiGiven?.column ??
    (kpiGiven ? '' : chooseKpi(header, profiles, new Set(roleOf.keys()), issues));
  if (kpi !== '') roleOf.set(kpi, roleOf.get(kpi) ?? 'KPI');
  const plan: RolePlan = {
    kpi,
    kpiType: overrides.kpiType ?? kpiTypeOf(kpi),
    channels: [...(given.channels ?? [])],
    controls: [...(given.controls ?? [])],
    events: [],
    labelEvents: [],
    ignored: [],
    notes: [],
  };
  for (const c of given.events ?? []) {
    const p = profiles.get(c);
    if (p && p.numeric === 0 && p.labels.length > 0) plan.labelEvents.push(c);
    else plan.events.push(c);
  }
  const leftovers: string[] = [];
  const ignore = (column: string, reason: string): void => {
    plan.ignored.push({ column, reason });
  };
  const auto = (role: 'channels' | 'controls' | 'events', column: string, what: string) => {
    if (given[role] === undefined) return true;
    ignore(column, `${what}, but not among the ${role} you chose`);
    return false;
  };
  const place = (column: string, index: number): void => {
    if (roleOf.has(column)) return;
    if (column === '') {
      ignore(`(column ${index + 1})`, index === 0 ? 'unnamed index column' : 'unnamed column');
      return;
    }
    const cls = classifyName(column);
    const p = profiles.get(column);
    const text = p !== undefined && p.numeric === 0 && p.labels.length > 0;
    switch (cls.kind) {
      case 'ignore':
        ignore(column, cls.reason);
        return;
      case 'geo':
        if (p && p.labels.length > 1) plan.geo = column;
        else ignore(column, 'a geography label with a single value');
        return;
      case 'exposure':
        ignore(column, EXPOSURE_REASON);
        return;
      case 'organic':
        if (text) {
          ignore(column, 'organic activity, but not numeric');
          return;
        }
        if (auto('controls', column, 'organic (unpaid) activity')) {
          plan.controls.push(column);
          plan.notes.push(
            `${column} is organic (unpaid) activity: used as a control, not a paid channel`,
          );
        }
        return;
      case 'control':
        if (text) {
          ignore(column, 'a control by name, but it holds text');
          return;
        }
        if (auto('controls', column, 'a control')) plan.controls.push(column);
        return;
      case 'spend':
        if (auto('channels', column, 'spend')) plan.channels.push(column);
        return;
      case 'event':
        if (text) {
          if (auto('events', column, 'event labels')) plan.labelEvents.push(column);
        } else if (p?.binary) {
          if (auto('events', column, 'a 0/1 event')) plan.events.push(column);
        } else if (auto('controls', column, 'a promotion or event intensity')) {
          plan.controls.push(column);
        }
        return;
      default:
        if (text) {
          ignore(column, 'a text column');
          return;
        }
        if (p?.binary && given.events === undefined) {
          plan.events.push(column);
          plan.notes.push(`${column} holds only 0 and 1: used as an event`);
          return;
        }
        leftovers.push(column);
    }
  };
  header.forEach((column, index) => {
    place(column, index);
  });
  const noSpendNames = given.channels === undefined && plan.channels.length === 0;
  for (const column of leftovers) {
    const p = profiles.get(column);
    if (noSpendNames && p && p.min >= 0) {
      plan.channels.push(column);
    } else {
      ignore(
        column,
        'not recognised as spend, a control or an event; name it as a channel or control to use it',
      );
    }
  }
  if (noSpendNames && plan.channels.length > 0) {
    plan.notes.push(
      `No column is named like spend (…_spend, …_S, spend_…, …_cost); using ${plan.channels.join(', ')} as channel spend. Give the channels to choose others`,
    );
  }
  return plan;
}
