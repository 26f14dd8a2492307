/** The last step of parsing: series into a Dataset, final checks, and the report. */
import type { FieldIssue } from '../errors';
import { isoDate } from './calendar';
import { defaultChannelGroups } from './channel-groups';
import { resolveChannels } from './channel-resolver';
import { dataError, throwIfIssues } from './data-error';
import { channelIssues, constantColumns, dataWarnings, kpiIssues } from './dataset-checks';
import type { Dataset, DatasetSchema, SchemaOverrides, ValidationReport } from './dataset-types';
import { PERIOD_UNIT } from './frequency';
import type { NumericRole } from './numeric-columns';
import { countParameters, minimumPeriods } from './parameter-count';
import type { RolePlan } from './role-detection';

/** One parsed column in its final role. */
export interface Series {
  name: string;
  role: NumericRole;
  values: number[];
}

function resolveGroups(
  channels: string[],
  given: Record<string, string[]> | undefined,
  issues: FieldIssue[],
): Record<string, string[]> {
  const groups = defaultChannelGroups(channels);
  for (const [group, members] of Object.entries(given ?? {})) {
    const found = new Set<string>();
    for (const member of members) {
      try {
        for (const c of resolveChannels(member, channels)) found.add(c);
      } catch (error) {
        issues.push({
          field: `groups.${group}`,
          reason: `Group ${group}: ${(error as Error).message}`,
        });
      }
    }
    groups[group] = channels.filter((c) => found.has(c));
  }
  return groups;
}

/** Builds the Dataset and its report from sorted series; throws when the data cannot carry a fit. */
export function assemble(
  plan: RolePlan,
  series: Series[],
  days: number[],
  dateColumn: string,
  frequency: DatasetSchema['frequency'],
  overrides: SchemaOverrides,
  notes: string[],
): { dataset: Dataset; report: ValidationReport } {
  const pick = (role: NumericRole) =>
    Object.fromEntries(series.filter((s) => s.role === role).map((s) => [s.name, s.values]));
  const spend = pick('channel');
  throwIfIssues([...kpiIssues(plan.kpi, series[0]?.values ?? []), ...channelIssues(spend)]);
  const controls = pick('control');
  const events = pick('event');
  const ignored = [...plan.ignored];
  for (const name of constantColumns(controls)) {
    delete controls[name];
    ignored.push({
      column: name,
      reason: 'a control with the same value in every period carries no information',
    });
  }
  for (const name of constantColumns(events)) {
    delete events[name];
    ignored.push({ column: name, reason: 'an event that never changes carries no information' });
  }
  const issues: FieldIssue[] = [];
  const channels = Object.keys(spend);
  const schema: DatasetSchema = {
    date: dateColumn,
    kpi: plan.kpi,
    kpiType: plan.kpiType,
    channels,
    controls: Object.keys(controls),
    events: Object.keys(events),
    frequency,
    groups: resolveGroups(channels, overrides.groups, issues),
  };
  throwIfIssues(issues);
  const periods = days.length;
  const params = countParameters(schema, periods);
  const needed = minimumPeriods(schema);
  const [, many] = PERIOD_UNIT[frequency];
  if (periods < needed) {
    throw dataError([
      {
        field: dateColumn,
        reason: `Too few periods: ${periods} ${many} for ${params.total} parameters (4 per channel x ${channels.length} channels, intercept, trend, ${params.seasonality + params.weekday} seasonality terms, ${schema.controls.length} controls, ${schema.events.length} events); at least ${needed} ${many} are needed`,
      },
    ]);
  }
  const kpi = series[0]?.values ?? [];
  const warnings = [...notes, ...dataWarnings(plan.kpi, kpi, spend, frequency)];
  if (periods < 4 * params.total) {
    warnings.push(
      `Only ${(periods / params.total).toFixed(1)} ${many} per parameter (${periods} for ${params.total}); estimates will lean on the ridge penalty`,
    );
  }
  const dates = days.map(isoDate);
  const dataset: Dataset = { schema, dates, kpi, spend, controls, events };
  const report: ValidationReport = {
    schema,
    periods,
    start: dates[0] ?? '',
    end: dates[dates.length - 1] ?? '',
    ignored,
    warnings,
  };
  return { dataset, report };
}
