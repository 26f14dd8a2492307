import type { ScenarioChange } from '../../tools';
import type { AnswerPart, Citation, ToolCallRecord } from '../agent-types';
import type { Draft } from '../graph/state';
import type { SearchHit } from '../ports';
import {
  type CalibrationView,
  calibrationBullets,
  calibrationNote,
  type RefitShiftView,
  shiftBullets,
} from './calibration-text';
import { type ComposeContext, type Composed, humanizeNames } from './composed';
import { type ContributionsView, composeContributions } from './contributions-text';
import { composeCurveComparison } from './curve-comparison-text';
import { type CurveView, composeCurve } from './curve-text';
import { composeDiagnostics, type DiagnosticsView } from './diagnostics-text';
import { composeIntervals } from './interval-text';
import { composeMethodology, plainText, sentences } from './methodology-text';
import { composeOptimize, type OptimizeResultView } from './optimize-text';
import { composeRoiVsCurve } from './roi-vs-curve-text';
import { toolErrorText } from './tool-error-text';
import { composeWhatIf, type WhatIfResultView } from './what-if-text';

/** Turns one successful tool call into the direct answer, bullets and parts. */
function composeCall(call: ToolCallRecord, ctx: ComposeContext): Composed | undefined {
  switch (call.name) {
    case 'what_if':
      return composeWhatIf(
        call.result as WhatIfResultView,
        call.args as { changes: ScenarioChange[] },
        ctx,
      );
    case 'optimize_budget':
      return composeOptimize(call.result as OptimizeResultView, ctx, call.args);
    case 'get_contributions':
      return composeContributions(call.result as ContributionsView, ctx, call.args);
    case 'get_response_curve':
      return composeCurve(call.result as CurveView, ctx);
    case 'get_model_diagnostics':
      return composeDiagnostics(call.result as DiagnosticsView, ctx);
    case 'fit_model': {
      const result = call.result as {
        diagnostics: DiagnosticsView;
        calibration?: CalibrationView;
        shifts?: RefitShiftView[];
      };
      const composed = composeDiagnostics(result.diagnostics, ctx);
      return {
        ...composed,
        lead: `Refitted the model${calibrationNote(result.calibration, ctx)}. ${composed.lead}`,
        bullets: [
          ...calibrationBullets(result.calibration, ctx),
          ...shiftBullets(result.shifts, ctx),
          ...composed.bullets,
        ],
      };
    }
    default:
      return undefined;
  }
}

/**
 * Answers that read two tools' results together: a channel's ROI against its response curve,
 * and its intervals with the fit's quality. Undefined when the lead needs a result that failed.
 */
function composeLead(calls: ToolCallRecord[], ctx: ComposeContext): Composed | undefined {
  const ok = (name: string) => calls.find((c) => c.name === name && !c.error);
  const contributions = ok('get_contributions')?.result as ContributionsView | undefined;
  if (!contributions) return undefined;
  if (ctx.lead === 'roi_vs_curve') {
    const curve = ok('get_response_curve')?.result as CurveView | undefined;
    return curve ? composeRoiVsCurve(contributions, curve, ctx) : undefined;
  }
  if (ctx.lead === 'intervals')
    return composeIntervals(
      contributions,
      ok('get_model_diagnostics')?.result as DiagnosticsView | undefined,
      ctx,
    );
  return undefined;
}

/** Two or more response curves of one turn, compared; undefined for fewer. */
function composeCurves(calls: ToolCallRecord[], ctx: ComposeContext): Composed | undefined {
  const curves = calls
    .filter((c) => c.name === 'get_response_curve' && !c.error)
    .map((c) => c.result as CurveView);
  return curves.length >= 2 ? composeCurveComparison(curves, ctx) : undefined;
}

/** Search hits of the turn, one per document section, in retrieval order. */
export function hitsOf(calls: ToolCallRecord[]): SearchHit[] {
  const seen = new Set<string>();
  return calls
    .filter((c) => c.name === 'search_methodology' && !c.error && Array.isArray(c.result))
    .flatMap((c) => c.result as SearchHit[])
    .filter((h) => {
      const key = `${h.id}|${h.section ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function toCitation(hit: SearchHit): Citation {
  return {
    id: hit.id,
    title: hit.title,
    ...(hit.section ? { section: hit.section } : {}),
    snippet: sentences(plainText(hit.text), 3),
  };
}

/**
 * Writes the turn's reply. With a hosted model its text is used and the tools give the parts;
 * with the offline planner the text is written here from the tool results. Either way the
 * citations are the retrieved passages in order, so `[n]` means the n-th.
 */
export function composeAnswer(input: {
  calls: ToolCallRecord[];
  modelText: string;
  hosted: boolean;
  notices: string[];
  ctx: ComposeContext;
}): Draft {
  const { calls, ctx } = input;
  const hits = hitsOf(calls);
  const primary = calls.find((c) => !c.error && c.name !== 'search_methodology');
  const modelWarnings = (primary?.result as { modelWarnings?: string[] } | undefined)
    ?.modelWarnings;
  const withWarnings = { ...ctx, warnings: modelWarnings ?? [] };
  const composed = primary
    ? (composeLead(calls, withWarnings) ??
      composeCurves(calls, withWarnings) ??
      composeCall(primary, withWarnings))
    : undefined;
  const failed = calls.find((c) => c.error);
  const parts: AnswerPart[] = [...(composed?.parts ?? [])];
  const scenarioPart = parts.find((p) => p.type === 'scenario');
  if (scenarioPart && scenarioPart.type === 'scenario' && primary?.scenarioId)
    scenarioPart.scenarioId = primary.scenarioId;

  let text: string;
  let citations: Citation[];
  if (input.hosted && input.modelText.trim()) {
    text = input.modelText.trim();
    citations = hits.map(toCitation);
  } else if (composed) {
    citations = hits.slice(0, 1).map(toCitation);
    const method = citations[0] ? [`How this is computed: ${citations[0].title} [1]`] : [];
    text = [composed.lead, '', ...[...composed.bullets, ...method].map((b) => `- ${b}`)].join('\n');
  } else if (hits.length > 0 && !failed) {
    const m = composeMethodology(hits);
    citations = hits.slice(0, m.bullets.length > 0 ? 2 : 1).map(toCitation);
    text = [m.lead, ...(m.bullets.length ? ['', ...m.bullets.map((b) => `- ${b}`)] : [])].join(
      '\n',
    );
  } else if (failed?.error) {
    citations = [];
    text = toolErrorText(failed, ctx);
  } else {
    citations = [];
    text =
      input.modelText.trim() ||
      'I can answer questions about what drives your KPI, what-if budget changes and the best budget split.';
  }
  if (ctx.later)
    text = `${text}\n\nYou also asked: "${ctx.later}" Ask it on its own and I will answer it next.`;
  for (const notice of input.notices)
    parts.push({ type: 'notice', level: 'warning', text: notice });
  return { text: humanizeNames(text, ctx), parts, citations };
}
