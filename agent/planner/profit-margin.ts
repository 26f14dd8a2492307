import { AT_THE_MARGIN } from './marginal-threshold';

/** Profit as the goal of a plan, and the margin that turns the KPI into profit. */

const PROFIT = /\bprofit\w*\b|\bmargins?\b(?! of error)/;
const AT_THE_MARGIN_ALL = new RegExp(AT_THE_MARGIN.source, 'g');

/** "the most profit", "at a 30% margin" (not "at the margin", nor a margin of error). */
export function speaksOfProfit(skel: string): boolean {
  return PROFIT.test(skel.replace(AT_THE_MARGIN_ALL, ' '));
}

/** "our margin is about 35%", "a 40% gross margin": the margin a profit plan needs, stated. */
export const STATED_MARGIN =
  /\bmargins? (?:(?:is|are|of|at|around|about|roughly|approximately|near|sits at|runs at) )*PCT\b|\bPCT (?:(?:gross|net|profit|contribution|operating|product) )?margins?\b(?! of error)/;
