import type { AnswerPart } from '../agent-types';

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
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  const pick = (list as { level?: number; low?: number; high?: number }[]).find(
    (i) => i && (i.level === undefined || Math.abs(i.level - 0.8) < 1e-9),
  );
  return pick && typeof pick.low === 'number' && typeof pick.high === 'number'
    ? { low: pick.low, high: pick.high }
    : undefined;
}

/** Caveats from the model's warnings that name one of the channels. */
export function caveatsFor(channels: string[], ctx: ComposeContext): string[] {
  const names = channels.flatMap((c) => [c.toLowerCase(), ctx.label(c).toLowerCase()]);
  return ctx.warnings
    .filter((w) => names.some((n) => w.toLowerCase().includes(n)))
    .slice(0, 2)
    .map((w) => `Caveat: ${w}`);
}
