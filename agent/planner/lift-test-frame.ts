import { amountOf, PLUS_MINUS, RANGE_OPEN, statedErrors } from './lift-test-error';
import { channelIndexes, wordOf } from './token-utils';
import type { Token } from './tokens';
import { channelOptions, type FrameResult, type TurnContext } from './turn-context';

/** Words that say the message reports an experiment (geo holdout, conversion lift, …). */
export const LIFT_TEST_WORDS =
  /\b(?:lift|geo|geo-?lift|holdout|hold-?out|incrementality|matched markets?|experiments?|(?:re-?)?calibrat\w*)\b/;

/** Asks to fit without the lift tests the model is calibrated to. */
export const DROP_TESTS =
  /\b(?:without|remove|drop|clear|forget|undo|discard|ignore|exclude|take out|strip out|strip|get rid of)\b (?:(?:the|our|any|all|every|each|its|these|those|of the) ){0,2}(?:lift[- ]tests?|geo tests?|lift[- ]test calibrations?|calibrations?|experiments?|holdouts?)\b|\b(?:go|going|revert|reverting|back) (?:back )?to (?:the )?(?:uncalibrated|un-calibrated|original|plain) model\b/;

/**
 * A question about a plan or a hypothetical ("what if we cut TV by $100k in a holdout test?",
 * "should we run a geo test on TV with $50k?"): it names a test and a number but reports no result.
 */
const HYPOTHETICAL =
  /^(?:(?:so|ok|okay|and|but|then|now|also),? )?(?:what if|what happens|what would|what will|if we|suppose|imagine|should (?:we|i)|shall we|how (?:much|many|long|big|should|would|do|to)|would (?:it|we|a)|is it worth|do we need|when should|where should)\b/;

/** A stated uncertainty (± x, standard error, an interval): the mark of a reported result. */
const STATES_ERROR =
  /±|\+\/-|\+-|\bplus or minus\b|\bstandard error\b|\bstd\.? error\b|\b(?:se|sd|ci)\b|\bconfidence interval\b/;

/** A plan or hypothetical that states no error: not a test result, even when it names a test. */
export function isHypotheticalPlan(text: string): boolean {
  return HYPOTHETICAL.test(text) && !STATES_ERROR.test(text);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface LiftTestArg {
  /** One channel or group as named, or the names one test covered together. */
  channel: string | string[];
  roi: number;
  sd: number;
  from?: string;
  to?: string;
}

/** What a test's report lacks: its ROI, its uncertainty, or its estimate (given only its interval). */
type Missing = { missing: 'roi' | 'error' | 'estimate'; channel: string[] };

/**
 * One channel's test read from its segment of the message, or what it lacks. The ROI is the
 * first amount that is not part of a stated uncertainty, so the interval may come first.
 */
function readSegment(seg: Token[], channel: string[]): LiftTestArg | Missing {
  const errors = statedErrors(seg);
  const inError = new Set(errors.flatMap((e) => e.used));
  const at = seg.findIndex(
    (t, i) =>
      amountOf(t) !== undefined &&
      !inError.has(i) &&
      !RANGE_OPEN.has(wordOf(seg[i - 1])) &&
      !PLUS_MINUS.has(wordOf(seg[i - 1])),
  );
  const roi = amountOf(seg[at]);
  if (roi === undefined)
    return { missing: errors.some((e) => e.interval) ? 'estimate' : 'roi', channel };
  const sd = (errors.find((e) => (e.used[0] as number) > at) ?? errors[0])?.sd;
  if (sd === undefined || !(sd > 0)) return { missing: 'error', channel };
  const dates = seg.map(wordOf).filter((w) => ISO_DATE.test(w));
  return {
    channel: channel.length === 1 ? (channel[0] as string) : channel,
    roi,
    sd: Math.round(sd * 1e4) / 1e4,
    ...(dates[0] ? { from: dates[0] } : {}),
    ...(dates[1] ? { to: dates[1] } : {}),
  };
}

interface TestSpan {
  refs: string[];
  /** Channels the span's names cover (a group covers several). */
  names: string[];
  from: number;
  to: number;
}

/** Between two channel names of one test: only conjunctions ("TV and radio", "TV, radio"). */
const JOINS = new Set(['and', '&', '+', '/', ',', 'plus', 'together', 'both']);

/**
 * The tests a message reports, each with the channels it names and its span of tokens. Channels
 * joined by "and" with nothing else between them belong to one test ("our TV and radio geo
 * test"): it measured them together. A mention with no number whose channels later mentions
 * report on ("TV and radio geo tests: TV 1.5 ± 0.2, radio 0.8 ± 0.1", "the Meta lift study for
 * social …") only introduces them and is dropped.
 */
function testSpans(tokens: Token[], chans: number[]): TestSpan[] {
  const spans: TestSpan[] = [];
  chans.forEach((ci, k) => {
    const tok = tokens[ci] as Extract<Token, { t: 'ch' }>;
    const last = spans.at(-1);
    const prev = chans[k - 1];
    const to = chans[k + 1] ?? tokens.length;
    const between = prev === undefined ? [] : tokens.slice(prev + 1, ci);
    if (last && between.every((t) => JOINS.has(wordOf(t)))) {
      if (!last.refs.includes(tok.ref)) last.refs.push(tok.ref);
      last.names.push(...tok.names);
      last.to = to;
    } else spans.push({ refs: [tok.ref], names: [...tok.names], from: ci + 1, to });
  });
  const reports = (s: TestSpan) =>
    tokens.slice(s.from, s.to).some((t) => amountOf(t) !== undefined);
  const kept = spans.filter(
    (s) =>
      reports(s) ||
      !s.names.every((n) => spans.some((o) => o !== s && reports(o) && o.names.includes(n))),
  );
  if (kept.length === 1) {
    const only = kept[0] as TestSpan;
    only.from = 0;
    only.to = tokens.length;
  }
  return kept;
}

/**
 * Lift tests the user reports ("our geo test on TV came back at ROI 1.8 ± 0.3, calibrate to it")
 * as fit_model's `liftTests`, or a question for what is missing: the channel, the measured ROI,
 * or its uncertainty (never assumed: a made-up error would set how hard the model is pulled).
 * Undefined when the message reports no experiment.
 */
export function readLiftTests(ctx: TurnContext): FrameResult | undefined {
  if (DROP_TESTS.test(ctx.text))
    return { kind: 'calls', calls: [{ name: 'fit_model', args: { refit: true, liftTests: [] } }] };
  if (!LIFT_TEST_WORDS.test(ctx.text)) return undefined;
  const { tokens } = ctx;
  const chans = channelIndexes(tokens);
  const hasNumber = tokens.some((t) => amountOf(t) !== undefined);
  if (chans.length === 0) {
    if (!hasNumber) return undefined;
    const question = 'Which channel did the lift test measure?';
    return {
      kind: 'clarify',
      question,
      options: channelOptions(ctx),
      pending: { intent: 'refit', missing: 'channel', text: ctx.text },
    };
  }
  const reads = testSpans(tokens, chans).map(({ refs, from, to }) =>
    // One test: the whole message is its report; several: each reads up to the next one.
    readSegment(tokens.slice(from, to), refs),
  );
  const lacking = reads.find((r) => 'missing' in r);
  if (lacking && 'missing' in lacking) {
    const label = lacking.channel.map((c) => ctx.catalog.label(c)).join(' + ');
    if (lacking.missing === 'estimate') {
      const question = `What ROI did the ${label} test measure? I have its interval, but not the point estimate within it.`;
      return {
        kind: 'clarify',
        question,
        options: [],
        pending: { intent: 'refit', missing: 'amount', text: `${ctx.text} estimate` },
      };
    }
    if (lacking.missing === 'roi') {
      const question = `What ROI did the ${label} test measure, and with what standard error or confidence interval?`;
      return {
        kind: 'clarify',
        question,
        options: [],
        pending: { intent: 'refit', missing: 'amount', text: `${ctx.text} roi` },
      };
    }
    const question = `How sure was the ${label} test? Give its standard error (± …) or its confidence interval (… to …), so the model knows how hard to lean on it.`;
    return {
      kind: 'clarify',
      question,
      options: [],
      pending: { intent: 'refit', missing: 'amount', text: `${ctx.text} standard error` },
    };
  }
  return {
    kind: 'calls',
    calls: [{ name: 'fit_model', args: { refit: true, liftTests: reads } }],
  };
}
