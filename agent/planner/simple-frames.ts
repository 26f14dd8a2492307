import { ranksWorstByRoi } from './answer-lead';
import { asksAboutBaseline } from './baseline-topic';
import { asksCurrentMix } from './current-mix';
import { readLiftTests } from './lift-test-frame';
import { AT_THE_MARGIN, marginalThreshold } from './marginal-threshold';
import { MULTIPLE_WORDS } from './relative-bounds';
import { channelRefs, clauses, wordOf } from './token-utils';
import { channelOptions, type FrameResult, orList, type TurnContext } from './turn-context';

function sortBy(text: string): 'contribution' | 'roi' | 'mroi' | 'share' | 'spend' {
  if (
    /\bmarginal|\bmroi\b|\bmroas\b|\b(?:next|last|extra|incremental) (?:dollar|pound|euro|buck)\b/.test(
      text,
    ) ||
    AT_THE_MARGIN.test(text)
  )
    return 'mroi';
  if (
    /\broi\b|\broas\b|\breturn|\befficien|\beffective|\bbang for|\bper dollar\b|\bpaying off\b|\bpays off\b|\bpa(?:y|ys|id|ying) for (?:itself|themselves)\b|\bpa(?:y|ys|id|ying) (?:its|their) (?:own )?way\b|\bpay(?:s|ing)? back\b|\bhardest\b|\bworth (?:it|keeping)\b/.test(
      text,
    )
  )
    return 'roi';
  if (/\bshare\b|\bproportion\b|\bpercent of (?:sales|revenue)\b|\bwhat percentage\b/.test(text))
    return 'share';
  // "which channel performs worst?": the least return per dollar, unless it asks what they made.
  if (ranksWorstByRoi(text)) return 'roi';
  return 'contribution';
}

/** Contributions (optionally over a period, for some channels), ranked the way the user asked. */
export function buildContributions(ctx: TurnContext, forceSort?: 'mroi'): FrameResult {
  const args: Record<string, unknown> = { sortBy: forceSort ?? sortBy(ctx.skel) };
  const refs = channelRefs(ctx.tokens);
  if (refs.length > 0) args.channels = refs;
  if (ctx.period) args.period = ctx.period;
  if (!forceSort && asksAboutBaseline(ctx.skel)) args.focus = 'baseline';
  else if (!forceSort && asksCurrentMix(ctx.skel)) {
    // Today's split: the recent spend window unless the question named another; one channel's
    // "current spend" is its own figures over that window.
    args.period = ctx.period ?? 'recent';
    if (refs.length !== 1) Object.assign(args, { focus: 'mix', sortBy: 'spend' });
  }
  return { kind: 'calls', calls: [{ name: 'get_contributions', args }] };
}

/**
 * The channels whose curve is asked for: those named next to "curve" when there are any ("social
 * has a halo on search. Park that - just show me the facebook response curve"), else all named.
 */
function curveChannels(ctx: TurnContext): string[] {
  const refs = channelRefs(ctx.tokens);
  if (refs.length < 2) return refs;
  const about = clauses(ctx.tokens).find((c) => c.some((t) => /^curves?$/.test(wordOf(t))));
  const near = about ? channelRefs(about) : [];
  return near.length > 0 ? near : refs;
}

/** One curve asked for without its channel: "show me the response curve". */
const ONE_CURVE = /\b(?:the|a) (?:response |saturation |diminishing returns )?curve\b(?! for)/;

/** How far a curve reaches when the user asks where marginal return falls to a level. */
const THRESHOLD_REACH = 3;

/**
 * Response curves for the channels named; without a channel, marginal ROI of every channel.
 * A level of marginal return asked about ("where does TV's marginal ROAS drop to 1.8?") is kept
 * as `marginalRoi` for the answer, and the curve reaches further to find it.
 */
export function buildResponse(ctx: TurnContext): FrameResult {
  const refs = curveChannels(ctx);
  // "show me the response curve": one curve, of a channel not named.
  if (refs.length === 0 && ONE_CURVE.test(ctx.text) && !/\b(?:all|every|each)\b/.test(ctx.text)) {
    const options = channelOptions(ctx);
    return {
      kind: 'clarify',
      question: `Which channel's response curve should I show? ${orList(options)}?`,
      options,
      pending: { intent: 'response', missing: 'channel', text: ctx.raw },
    };
  }
  if (refs.length === 0) return buildContributions(ctx, 'mroi');
  const threshold = marginalThreshold(ctx);
  const mult = ctx.tokens.find((t) => t.t === 'mult' && t !== threshold?.token);
  const word = /\b(?:up to|to|until|through|at|as far as) (double|twice|triple|quadruple)\b/.exec(
    ctx.text,
  )?.[1];
  const said =
    mult?.t === 'mult' && mult.v > 1 && mult.v <= 10
      ? mult.v
      : word
        ? MULTIPLE_WORDS[word]
        : undefined;
  const maxMultiple = said ?? (threshold ? THRESHOLD_REACH : undefined);
  const n = /\b(\d+) (?:points|steps|spend levels)\b/.exec(ctx.text);
  const points = n ? Math.min(200, Math.max(5, Number(n[1]))) : undefined;
  return {
    kind: 'calls',
    calls: refs.slice(0, 6).map((channel) => ({
      name: 'get_response_curve' as const,
      args: {
        channel,
        ...(maxMultiple ? { maxMultiple } : {}),
        ...(points ? { points } : {}),
      },
    })),
    ...(threshold ? { marginalRoi: threshold.value } : {}),
  };
}

/** Model quality. */
export function buildDiagnostics(): FrameResult {
  return { kind: 'calls', calls: [{ name: 'get_model_diagnostics', args: {} }] };
}

/** Fit again, with the seed when one was given. */
export function buildRefit(ctx: TurnContext): FrameResult {
  const seed = seedOf(ctx.text);
  // The seed's number is not a test result: "use seed 9 and calibrate to … iROAS 3.1".
  const lift = readLiftTests(seed === undefined ? ctx : withoutSeed(ctx, seed));
  if (lift?.kind === 'calls' && seed !== undefined)
    return { kind: 'calls', calls: lift.calls.map((c) => ({ ...c, args: { ...c.args, seed } })) };
  if (lift) return lift;
  const args: Record<string, unknown> = { refit: true };
  if (seed !== undefined) args.seed = seed;
  return { kind: 'calls', calls: [{ name: 'fit_model', args }] };
}

/** The turn without the number that was read as the seed. */
function withoutSeed(ctx: TurnContext, seed: number): TurnContext {
  const at = ctx.tokens.findIndex(
    (t, i) =>
      t.t === 'num' &&
      t.v === seed &&
      ctx.tokens.slice(Math.max(0, i - 3), i + 4).some((u) => wordOf(u) === 'seed'),
  );
  return at < 0 ? ctx : { ...ctx, tokens: ctx.tokens.filter((_, i) => i !== at) };
}

/** The search seed the user asked for ("seed 9", "use 42 as the seed"). */
function seedOf(text: string): number | undefined {
  const m =
    /\bseed\b[\s,:=-]*(?:(?:of|to|number|is|as|at|say|like|eg|e\.g\.)[\s,]+)?#?(\d+)\b/.exec(
      text,
    ) ?? /\b(\d+) as (?:the |a )?(?:random )?seed\b/.exec(text);
  return m?.[1] ? Number(m[1]) : undefined;
}
