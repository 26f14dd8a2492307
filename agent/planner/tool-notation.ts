/**
 * Arguments written the way the tools take them, as analysts do ("optimize_budget
 * objective=target_kpi targetKpi=4.2m", "get_response_curve channel=radio_spend points=61",
 * "facebook_spend := 150000", "Δ search_spend = +40k"), rewritten into the words the planner reads
 * ("optimise budget", "kpi target 4.2m", "61 points", "add to search_spend 40k"). Works on the
 * lower-cased message, before anything else reads it.
 */
const TOOL_NAMES: [RegExp, string][] = [
  [/\boptimi[sz]e_budget\b/g, 'optimise budget'],
  [/\bget_response_curves?\b/g, 'response curve'],
  [/\bget_contributions\b/g, 'contributions'],
  [/\bget_model_diagnostics\b/g, 'model diagnostics'],
  [/\bfit_model\b/g, 'refit the model'],
  [/\bwhat_if\b/g, 'what if'],
  [/\bsearch_methodology\b/g, 'methodology'],
];

const OBJECTIVES: Record<string, string> = {
  max_kpi: 'maximise revenue',
  max_profit: 'maximise profit',
  target_roas: 'target roas',
  target_kpi: 'kpi target',
};

/** A share written as a fraction (0.3) or a percent (30%), as a percent. */
function percentOf(v: string): string {
  return v.endsWith('%') ? v : `${Math.round(Number(v) * 10000) / 100}%`;
}

/** The message with tool-style arguments as plain words. */
export function readToolNotation(text: string): string {
  let s = text;
  for (const [re, words] of TOOL_NAMES) s = s.replace(re, words);
  s = s
    .replace(
      /\bobjective\s*[=:]?\s*(max_kpi|max_profit|target_roas|target_kpi)\b/g,
      (_, o: string) => OBJECTIVES[o] ?? '',
    )
    // "solve max_profit": an objective named without "objective=".
    .replace(/\b(max_kpi|max_profit)\b/g, (_, o: string) => OBJECTIVES[o] ?? '')
    .replace(/\btarget_?kpi\b\s*[=:]?/g, 'kpi target ')
    .replace(/\btarget_?roas\b\s*[=:]?/g, 'target roas ')
    // "total mode at_most": the budget is a ceiling.
    .replace(/\btotal[_ ]?mode\s*[=:]?\s*at[_ ]most\b/g, 'spending up to the budget')
    .replace(/\bat_most\b/g, 'at most')
    .replace(/\bat_least\b/g, 'at least')
    // "maxShare tv_spend 0.3", "minShare=radio_spend:0.1": a share of the budget (each bound a
    // clause of its own).
    .replace(
      /\b(max|min)_?share\s*[=:]?\s*([a-z_]+)\s*[=:]?\s*(\d*\.\d+|\d+(?:\.\d+)?%)/g,
      (_, side: string, ch: string, v: string) =>
        `${ch} ${side === 'max' ? 'at most' : 'at least'} ${percentOf(v)} of the budget,`,
    )
    // "maxMultiple=6", "minMultiple radio_spend 0.5": a multiple of today's spend ("… on every
    // channel" stays in the same clause).
    .replace(
      /\b(max|min)_?multiple\s*[=:]?\s*(?:([a-z]+_[a-z_]+)\s*[=:]?\s*)?(\d+(?:\.\d+)?)\b(?![.\d]|\s+(?:on|for|across|to) (?:every|each|all|any))/g,
      (_, side: string, ch: string | undefined, v: string) =>
        `${ch ? `${ch} ` : ''}${side === 'max' ? 'up to' : 'at least'} ${v}x,`,
    )
    .replace(
      /\b(max|min)_?multiple\s*[=:]?\s*(\d+(?:\.\d+)?)\b/g,
      (_, side: string, v: string) => `${side === 'max' ? 'up to' : 'at least'} ${v}x`,
    )
    // "budgetChangePct -15": the budget that much smaller (or bigger) than today's.
    .replace(
      /\bbudget_?change_?pct\s*[=:]?\s*([+-]?)\s*(\d+(?:\.\d+)?)\s*%?/g,
      (_, sign: string, v: string) => `a budget ${v}% ${sign === '-' ? 'smaller' : 'bigger'}`,
    )
    // "budget=1300000", "budget 1300000": an amount of money (not a year, "the budget 2025").
    .replace(
      /\bbudget(?:\s*[=:]\s*|\s+(?!(?:19|20)\d\d\b))(\d{4,}(?:\.\d+)?)\b(?!\s*%)/g,
      'budget $$$1',
    )
    .replace(/\bpoints\s*[=:]\s*(\d+)\b/g, '$1 points')
    .replace(/\b(channel|budget|margin)\s*=\s*/g, '$1 ')
    // "set tiktok_spend=0": the channel switched off.
    .replace(/\b([a-z]+_[a-z_]+)\s*:?=\s*0\b(?![.,]?\d)/g, '$1 to zero')
    // "facebook_spend := 150000": a channel set to an amount.
    .replace(/\b([a-z]+_[a-z_]+)\s*:?=\s*(\d{4,}(?:\.\d+)?)\b(?!\s*%)/g, '$1 = $$$2')
    // "Δ search_spend = +40k": a change of the channel by that much.
    .replace(/(?:δ|\bdelta)\s*([a-z]+_[a-z_]+)\s*:?=\s*/g, 'add to $1 ');
  // "a curve ... 25 pts": points on the curve, not percentage points.
  // "a curve ... 0-5x": from nothing up to five times today's spend.
  if (/\bcurves?\b/.test(s))
    s = s
      .replace(/\b(\d+)\s*pts\b/g, '$1 points')
      .replace(/\b0\s*-\s*(\d+(?:\.\d+)?)x\b/g, 'up to $1x');
  return s;
}
