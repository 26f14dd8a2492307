import type { Expectation } from '../suite/suite-schema';
import type { ScoreResult, TurnOutcome } from './score-types';

/**
 * Citation precision and recall against the expected document ids. Recall counts `include`
 * ids plus one slot for `any_of`; precision is the share of cited documents that were expected.
 * Score = F1. Passes when recall is 1, no `exclude` id is cited and precision reaches
 * `min_precision` (default 0). An empty expectation (`citations: []`) passes only without
 * citations.
 */
export function scoreCitations(expect: Expectation, outcome: TurnOutcome): ScoreResult | undefined {
  const spec = expect.citations;
  if (!spec) return undefined;
  const cited = [...new Set((outcome.answer?.citations ?? []).map((c) => c.id))];
  const include = spec.include;
  const anyOf = spec.any_of ?? [];
  const wanted = new Set([...include, ...anyOf]);
  if (wanted.size === 0) {
    const ok = outcome.answer !== undefined && cited.length === 0;
    return {
      scorer: 'citations',
      score: ok ? 1 : 0,
      pass: ok,
      details: ok ? [] : [`expected no citation, got ${cited.join(', ') || 'no answer'}`],
      metrics: { precision: ok ? 1 : 0, recall: 1 },
    };
  }
  const details: string[] = [];
  const found = include.filter((id) => cited.includes(id));
  for (const id of include) if (!cited.includes(id)) details.push(`missing citation ${id}`);
  const anyOk = anyOf.length === 0 || anyOf.some((id) => cited.includes(id));
  if (!anyOk) details.push(`expected a citation of one of ${anyOf.join(', ')}`);
  const slots = include.length + (anyOf.length > 0 ? 1 : 0);
  const recall = (found.length + (anyOf.length > 0 && anyOk ? 1 : 0)) / slots;
  const precision =
    cited.length === 0 ? 0 : cited.filter((id) => wanted.has(id)).length / cited.length;
  for (const id of spec.exclude ?? []) if (cited.includes(id)) details.push(`cited excluded ${id}`);
  if (precision < (spec.min_precision ?? 0))
    details.push(
      `citation precision ${precision.toFixed(2)} < ${spec.min_precision}: cited ${cited.join(', ')}`,
    );
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    scorer: 'citations',
    score: f1,
    pass: details.length === 0,
    details,
    metrics: { precision, recall },
  };
}
