import type { AnswerPart } from '../agent-types';
import type { AnswerLead } from '../planner/planner-types';
import { ratio } from './format';

/** What a result composer contributes: the direct answer, a few bullets, and structured parts. */
export interface Composed {
  lead: string;
  bullets: string[];
  parts: AnswerPart[];
}

/** Context every composer may use: the KPI's name and type, readable channel labels. */
export interface ComposeContext {
  kpi: string;
  kpiType: 'revenue' | 'conversions';
  label: (channel: string) => string;
  /** Plain-language model warnings, to add caveats for the channels involved. */
  warnings: string[];
  unit: string;
  /** The model's channel columns, replaced by their labels in tool-written sentences. */
  channels: string[];
  /** A level of marginal return the user asked to find on a response curve (the planner's reading). */
  marginalRoi?: number;
  /**
   * The part of the market a what-if was asked for ("10 regions", "the northeast region"), as
   * the planner read it: the model is national, so the answer says its figures are for the
   * change everywhere.
   */
  regions?: string;
  /** A second request of the same message, answered later: the reply says it is still to ask. */
  later?: string;
  /** What the answer leads with when not the tool result's own ranking (the planner's reading). */
  lead?: AnswerLead;
}

/** Replaces channel column names (`tv_spend`) in tool-written text with their labels (`TV`). */
export function humanizeNames(text: string, ctx: ComposeContext): string {
  let out = text;
  for (const name of [...ctx.channels].sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
    out = out.replace(new RegExp(`\\b${escaped}\\b`, 'g'), ctx.label(name));
  }
  return out;
}

/** The 80% interval out of whichever shape a tool gave it (list of levels or one object). */
export function interval80(value: unknown): { low: number; high: number } | undefined {
  return intervalAt(value, 0.8, true);
}

/**
 * The interval at `level` out of whichever shape a tool gave it; one without a level is taken as
 * the 80% interval only when `unlabelled` says so.
 */
export function intervalAt(
  value: unknown,
  level: number,
  unlabelled = false,
): { low: number; high: number } | undefined {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  const pick = (list as { level?: number; low?: number; high?: number }[]).find(
    (i) => i && (i.level === undefined ? unlabelled : Math.abs(i.level - level) < 1e-9),
  );
  return pick && typeof pick.low === 'number' && typeof pick.high === 'number'
    ? { low: pick.low, high: pick.high }
    : undefined;
}

/** The period unit in the singular: `week` for `weeks`. */
export function unitOne(ctx: ComposeContext): string {
  return ctx.unit.replace(/s$/, '');
}

/** `2.53 in revenue per dollar`, `0.04 conversions per dollar`. */
export function perDollar(n: number, ctx: ComposeContext): string {
  return `${ratio(n)} ${ctx.kpiType === 'revenue' ? 'in revenue' : ctx.kpi} per dollar`;
}

/** Caveats from the model's warnings that name one of the channels. */
export function caveatsFor(channels: string[], ctx: ComposeContext): string[] {
  const names = channels.flatMap((c) => [c.toLowerCase(), ctx.label(c).toLowerCase()]);
  return ctx.warnings
    .filter((w) => names.some((n) => w.toLowerCase().includes(n)))
    .slice(0, 2)
    .map((w) => `Caveat: ${w}`);
}
