import type { Frequency } from '../../tools';
import {
  asksChannelIntervals,
  asksWhy,
  buildIntervals,
  carryoverFrame,
  contributionsLead,
  keptLead,
  LEAD_QUERY,
  roiVsCurve,
} from './answer-lead';
import { curveOfNamed, methodologyFollowUp, namedBefore, namedEarlier } from './back-reference';
import { intentOfCall } from './call-intent';
import type { ChannelCatalog } from './channel-catalog';
import { classify, MIN_SCORE } from './classify';
import type { ConversationState } from './conversation';
import { MEANT } from './correction';
import { buildWhatIfWithLayout as buildWhatIf } from './even-layout';
import { addsConstraint } from './follow-optimize';
import { FOLLOW_CUE, followUpCalls } from './follow-up';
import { IN_DOMAIN, IN_DOMAIN_OPTIONS, IN_DOMAIN_QUESTION } from './in-domain';
import { stripInjection } from './injection';
import { methodologyQuery } from './methodology-query';
import { buildOptimizeWithLayout as buildOptimize, layoutFollowUp } from './optimize-layout';
import { orphanReference } from './orphan-reference';
import { otherChannelQuestion } from './other-channel';
import { suppliesSide, withAnswer } from './pending-answer';
import type { AnswerLead, IntentName, PlannedCall, PlannerIntent } from './planner-types';
import { regionalScope } from './regional-scope';
import {
  helpText,
  outOfScopeText,
  refusedText,
  WHAT_ABOUT_OPTIONS,
  whatAboutText,
  workspaceText,
} from './replies';
import { dropSetAside } from './set-aside';
import { buildContributions, buildDiagnostics, buildRefit, buildResponse } from './simple-frames';
import { channelRefs } from './token-utils';
import { type FrameResult, readTurn, type TurnContext } from './turn-context';
import { splitTwoAsks } from './two-asks';
import { vagueBudgetQuestion } from './vague-budget';
import { pricesWhatIf, withProfitMargin } from './what-if-profit';
import { workspaceReach } from './workspace-scope';

/** The planner's reply to one user turn: text (for questions and help) and tool calls. */
export interface TurnPlan {
  content: string;
  intent: PlannerIntent;
}

/** A follow-up that widens a regional what-if to the whole market. */
const NATIONWIDE =
  /\b(?:national(?:ly)?|nationwide|everywhere|all (?:regions|markets|geos|states)|whole (?:country|market))\b/;

function frameFor(intent: IntentName, ctx: TurnContext): FrameResult | undefined {
  switch (intent) {
    case 'whatif':
      return buildWhatIf(ctx);
    case 'optimize':
      return buildOptimize(ctx);
    case 'contributions':
    case 'drivers':
      return asksChannelIntervals(ctx) ? buildIntervals(ctx) : buildContributions(ctx);
    case 'mroi':
      // "why is TV's marginal ROI higher than its ROI?": the gap explained with TV's figures.
      return (asksWhy(ctx) ? roiVsCurve(ctx) : undefined) ?? buildContributions(ctx, 'mroi');
    case 'response':
      // "how long does a TV burst keep working?": the curve, led by its carryover.
      return (
        (/\bhow long\b/.test(ctx.text) ? carryoverFrame(ctx) : undefined) ?? buildResponse(ctx)
      );
    case 'diagnostics':
      // "how sure are you about TV's ROI?": the channel's intervals, not only the model's fit.
      return asksChannelIntervals(ctx) ? buildIntervals(ctx) : buildDiagnostics();
    case 'refit':
      return buildRefit(ctx);
    case 'methodology':
      return roiVsCurve(ctx) ?? carryoverFrame(ctx) ?? { kind: 'calls', calls: [] };
  }
  return undefined;
}

function withSearch(
  intent: IntentName,
  calls: PlannedCall[],
  text: string,
  lead?: AnswerLead,
): PlannedCall[] {
  const query = (lead && LEAD_QUERY[lead]) ?? methodologyQuery(intent, text);
  return [...calls, { name: 'search_methodology', args: { query, k: 4 } }];
}

function reply(
  intent: IntentName,
  content: string,
  notes: string[],
  extra: Partial<PlannerIntent> = {},
): TurnPlan {
  return {
    content,
    intent: { intent, confidence: 1, followUp: false, calls: [], channels: [], notes, ...extra },
  };
}

function slotsPresent(ctx: TurnContext): boolean {
  return (
    ctx.tokens.some((t) => t.t !== 'w' && t.t !== 'p') ||
    ctx.horizon !== undefined ||
    ctx.period !== undefined
  );
}

/**
 * "We have 1.2m for next quarter" then "how should we split it?": a split that names no amount
 * but points at one ("it", "that") takes the budget the previous message stated, when that
 * message ran no tool. Returns the previous message to read with this one, or undefined.
 */
function statedBudget(
  state: ConversationState,
  ctx: TurnContext,
  intent: IntentName,
): string | undefined {
  const before = state.previousQuestion;
  const last = state.lastIntent?.intent;
  if (!before || intent !== 'optimize' || state.previousCalls.length > 0) return undefined;
  if (last && !['out_of_scope', 'help', 'clarify'].includes(last)) return undefined;
  if (ctx.tokens.some((t) => t.t === 'money')) return undefined;
  if (
    !/\b(?:it|that|this|that money|the money|that budget|this budget|the budget)\b/.test(ctx.text)
  )
    return undefined;
  // The amount is read as the planner reads any amount, not by a pattern of its own.
  const said = readTurn(before, ctx.catalog, ctx.frequency).tokens;
  return said.some((t) => t.t === 'money' && t.v > 0) ? before : undefined;
}

/** Plans one user turn: intent, slots, follow-up resolution, tool calls or a question back. */
export function planTurn(
  state: ConversationState,
  catalog: ChannelCatalog,
  frequency: Frequency,
  spendHistory?: number[],
): TurnPlan {
  const reach = workspaceReach(state.question);
  if (reach.wantsTheirData)
    return reply('out_of_scope', workspaceText(), ['declined to reach another workspace']);
  const stripped = stripInjection(dropSetAside(state.question));
  const { removed } = stripped;
  // "…, and after that could you show me …": the first request now, the second said to be next.
  const asks = splitTwoAsks(stripped.text);
  const later =
    asks && classify(readTurn(asks.first, catalog, frequency, spendHistory)).score >= MIN_SCORE
      ? asks.second
      : undefined;
  const cleaned = later && asks ? asks.first : stripped.text;
  const notes = removed ? ['ignored an instruction aimed at the system'] : [];
  const refused = reach.mentions ? workspaceText() : refusedText();
  if (!cleaned)
    return reply(removed ? 'out_of_scope' : 'help', removed ? refused : helpText(), notes);
  let ctx = readTurn(cleaned, catalog, frequency, spendHistory);
  const named =
    namedBefore(state, ctx, catalog) ??
    curveOfNamed(state, ctx, catalog) ??
    namedEarlier(ctx, catalog);
  if (named) ctx = readTurn(named, catalog, frequency, spendHistory);
  let cls = classify(ctx);
  const stated = statedBudget(state, ctx, cls.intent);
  if (stated) {
    ctx = readTurn(`${stated} - ${cleaned}`, catalog, frequency, spendHistory);
    cls = classify(ctx);
  }
  const pending = state.lastIntent?.intent === 'clarify' ? state.lastIntent.pending : undefined;
  // An answer to "what about TV do you want?" names what, not which channel: read it with TV.
  const whatOnly = pending?.missing === 'intent' && !ctx.tokens.some((t) => t.t === 'ch');
  if (pending && (cls.score < 3 || whatOnly || suppliesSide(pending.missing, ctx.skel))) {
    ctx = readTurn(
      withAnswer(pending.text, pending.missing, cleaned),
      catalog,
      frequency,
      spendHistory,
    );
    cls = classify(ctx);
    if (cls.intent !== pending.intent && (cls.scores[pending.intent] ?? 0) > 0)
      cls = { ...cls, intent: pending.intent };
  }
  const vague = pending ? undefined : vagueBudgetQuestion(ctx);
  if (vague?.kind === 'clarify')
    return reply('clarify', vague.question, notes, {
      question: vague.question,
      options: vague.options,
      confidence: 0.6,
    });
  let calls: PlannedCall[] | undefined;
  let marginalRoi: number | undefined;
  let regions: string | undefined;
  let lead: AnswerLead | undefined;
  let followUp = false;
  const prev = state.previousCalls[0];
  const intentBefore = intentOfCall(prev, cls.intent);
  const other = pending
    ? undefined
    : otherChannelQuestion(prev, state.previousQuestion, intentBefore, ctx, catalog);
  if (other) return reply('clarify', other.question, notes, { ...other, confidence: 0.5 });
  const constrains = addsConstraint(prev, ctx) || pricesWhatIf(prev, ctx);
  const cue = FOLLOW_CUE.test(ctx.text) || constrains;
  const strongNew = cls.score >= 4 && intentBefore !== cls.intent;
  const standalone =
    ['help', 'methodology', 'diagnostics', 'refit'].includes(cls.intent) && cls.score >= 3;
  // "same but with TV always-on" after a split: the split again, laid out.
  const relaid = pending ? undefined : layoutFollowUp(prev, ctx);
  if (relaid) {
    calls = relaid;
    followUp = true;
  } else if (
    !named &&
    !pending &&
    !cls.declined &&
    prev &&
    !standalone &&
    (!strongNew || constrains) &&
    (cue || (cls.score <= MIN_SCORE && slotsPresent(ctx)))
  ) {
    calls = followUpCalls(prev, ctx, cls, intentBefore);
    followUp = calls !== undefined;
    // "and what about 30%?" after a what-if in some regions is asked for the same regions.
    if (followUp && calls?.[0]?.name === 'what_if')
      regions =
        regionalScope(ctx.raw) ??
        (NATIONWIDE.test(ctx.text) ? undefined : state.lastIntent?.regions);
  }
  let intent: IntentName = followUp ? intentOfCall(calls?.[0], cls.intent) : cls.intent;
  if (!calls) {
    if (intent === 'help') return reply('help', helpText(), notes);
    if (intent === 'out_of_scope') {
      const orphan = orphanReference(ctx.text, prev !== undefined);
      if (orphan) return reply('clarify', orphan, notes, { question: orphan, options: [] });
      // In the product's own words but placed nowhere: asked back, not declined.
      if (!cls.declined && !removed && IN_DOMAIN.test(ctx.skel))
        return reply('clarify', IN_DOMAIN_QUESTION, notes, {
          question: IN_DOMAIN_QUESTION,
          options: IN_DOMAIN_OPTIONS,
          confidence: 0.3,
        });
      return reply('out_of_scope', removed ? refused : outOfScopeText(), notes);
    }
    if (intent === 'clarify') {
      const channels = channelRefs(ctx.tokens);
      const labels = channels.map(catalog.label);
      const question = whatAboutText(labels);
      return reply('clarify', question, notes, {
        question,
        options: WHAT_ABOUT_OPTIONS,
        channels,
        confidence: 0.3,
        // The answer ("the curve", "cut it by 20%") is read after the channels, so it keeps them.
        pending: {
          intent: 'clarify',
          missing: 'intent',
          text: labels.join(' and '),
        },
      });
    }
    const frame = frameFor(intent, ctx);
    if (!frame) return reply('out_of_scope', outOfScopeText(), notes);
    if (frame.kind === 'clarify') {
      return reply('clarify', frame.question, notes, {
        question: frame.question,
        options: frame.options,
        pending: frame.pending,
        confidence: Math.min(1, cls.score / 5),
      });
    }
    calls = frame.calls;
    marginalRoi = frame.marginalRoi;
    regions = frame.regions;
    lead = frame.lead;
    // "why is TV's ROI 2.5 but 1.53 on the curve?" is still a why-question, answered with figures.
    if (lead !== 'roi_vs_curve' && lead !== 'carryover') intent = intentOfCall(calls[0], intent);
  }
  // A follow-up was priced in applyFollowUp; a new what-if is here.
  if (!followUp) calls = withProfitMargin(calls, ctx);
  const first = calls[0];
  if (!lead && first) lead = contributionsLead(ctx, first);
  // "and in 2023?" after "which channel performs worst?" still asks for the worst.
  if (!lead && followUp && first) lead = keptLead(state.lastIntent?.lead, first, prev);
  const missing = ctx.tokens.find((t) => t.t === 'ch' && t.missing);
  if (missing?.t === 'ch' && missing.missing && intent !== 'methodology') {
    const question = `${missing.missing}. Which channel did you mean?`;
    return reply('clarify', question, notes, {
      question,
      options: catalog.channels.map(catalog.label),
      // The answer ("radio", "sorry, I meant facebook") is read with this message as a
      // correction, so it replaces the unknown channel.
      pending: {
        intent,
        missing: 'channel',
        // Asked again after an answer it could not use: still the first request.
        text: pending?.text.endsWith(MEANT) ? pending.text : `${cleaned}${MEANT}`,
      },
    });
  }
  if (intent === 'drivers' && !calls.some((c) => c.args.period)) intent = 'contributions';
  const planned =
    intent === 'methodology' && calls.length === 0
      ? [methodologyFollowUp(state, ctx.text)]
      : withSearch(intent, calls, ctx.text, lead);
  return {
    content: '',
    intent: {
      intent,
      confidence: Math.min(1, Math.max(cls.score, followUp ? 3 : 0) / 5),
      followUp,
      calls: planned,
      channels: channelRefs(ctx.tokens),
      notes,
      ...(marginalRoi !== undefined ? { marginalRoi } : {}),
      ...(regions ? { regions } : {}),
      ...(later ? { later } : {}),
      ...(lead ? { lead } : {}),
    },
  };
}
