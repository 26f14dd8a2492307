import type { ScenarioChange } from '../../tools';
import { multiplierWord } from './change-clause';
import { saidLayout, saysLayout, withoutLayoutWords } from './even-layout-words';
import { layoutsByPart, messageLayout, partsOf } from './layout-parts';
import { regionalScope } from './regional-scope';
import { skeleton } from './skeleton';
import { channelRefs, clauses } from './token-utils';
import type { Token } from './tokens';
import { type FrameResult, readTurn, type TurnContext } from './turn-context';
import { buildWhatIf, whatIfCall } from './what-if-frame';

/** The channels a change raises or sets (where "put 500k into TV, always-on" lays TV out). */
function changed(changes: ScenarioChange[]): string[] {
  return changes.flatMap((c) =>
    c.type === 'move' ? [c.to].flat() : 'channel' in c ? [c.channel] : [],
  );
}

const hasAmount = (tokens: Token[]) =>
  tokens.some((t) => t.t === 'money' || t.t === 'pct' || t.t === 'mult');

/**
 * The channels the layout is asked for: those of its clauses, less any changed by an amount in a
 * part of its own that says no layout ("facebook flighted evenly and search +10%": not search).
 */
function laidOutChannels(ctx: TurnContext): string[] {
  const refsOf = (part: string) => channelRefs(readTurn(part, ctx.catalog, ctx.frequency).tokens);
  const parts = partsOf(ctx.text);
  const inLayout = new Set(parts.filter(saysLayout).flatMap(refsOf));
  const changedApart = new Set(
    parts
      .filter((p) => !saysLayout(p) && hasAmount(readTurn(p, ctx.catalog, ctx.frequency).tokens))
      .flatMap(refsOf),
  );
  return clauses(ctx.tokens)
    .filter((c) => saysLayout(skeleton(c)))
    .flatMap(channelRefs)
    .filter((c) => inLayout.has(c) || !changedApart.has(c));
}

/**
 * What the message asks besides the layout: its parts that say no layout, and of those that do,
 * the ones with an amount, without the layout's words ("put 500k into TV always-on"). "Stopped
 * flighting TV" is then no cut, and "TV always-on, put 500k into it" reads from its own part.
 */
function restOf(ctx: TurnContext): string {
  return partsOf(ctx.text)
    .filter((part) => {
      if (!saysLayout(part)) return true;
      // "went always-on at double its weight": the change said with the layout is kept.
      const said = readTurn(part, ctx.catalog, ctx.frequency).tokens;
      return hasAmount(said) || multiplierWord(part.split(' ')) !== undefined;
    })
    .map(withoutLayoutWords)
    .join(' , ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "TV always-on, and we gave it 15% more": in the change said beside the layout, "it" is the one
 * channel laid out (the change names no channel of its own).
 */
function pronounsNamed(rest: string, laidOut: string[], ctx: TurnContext): string {
  const [only] = laidOut;
  if (laidOut.length !== 1 || !only) return rest;
  const tokens = readTurn(rest, ctx.catalog, ctx.frequency).tokens;
  if (channelRefs(tokens).length > 0) return rest;
  const name = ctx.catalog.label(only).toLowerCase();
  if (/\b(?:it|its)\b/.test(rest)) return rest.replace(/\b(?:it|its)\b/, name);
  // "TV always on and 15% higher": the bare change is the channel's, unless it is the total's.
  return hasAmount(tokens) && !/\b(?:total|budget|overall|all|everything|every)\b/.test(rest)
    ? `${name} ${rest}`
    : rest;
}

const EVERY_CHANNEL =
  /\b(?:every|each|all) (?:of (?:our|the) )?(?:channels?|media|spend)\b|\b(?:everything|across the board|all our media)\b/;

/** Every channel laid out as said, amounts unchanged unless the message says a change too. */
function layoutEverywhere(ctx: TurnContext, layout: 'even' | 'bursts'): FrameResult {
  const rest = buildWhatIf({
    ...readTurn(restOf(ctx), ctx.catalog, ctx.frequency),
    horizon: ctx.horizon,
    referenceTotal: ctx.referenceTotal,
  });
  const first = rest.kind === 'calls' ? rest.calls[0] : undefined;
  const changes = first?.name === 'what_if' ? (first.args.changes as ScenarioChange[]) : [];
  const frame = whatIfCall(changes, ctx.horizon);
  const call = frame.kind === 'calls' ? frame.calls[0] : undefined;
  const value = messageLayout(ctx, layout);
  if (call) call.args.flighting = Object.fromEntries(ctx.catalog.channels.map((c) => [c, value]));
  return frame;
}

/**
 * "What if we ran TV always-on instead of in bursts?": a what-if whose `flighting` spreads the
 * channels said so evenly over the horizon, with no change to their amounts unless one is said
 * too ("put 500k into TV, always-on"). The layout's channels are those named in its clause, or
 * else the ones the change moves, or else every channel named. Other messages: `buildWhatIf`.
 */
export function buildWhatIfWithLayout(ctx: TurnContext): FrameResult {
  const layout = saidLayout(ctx.skel);
  if (!layout) return buildWhatIf(ctx);
  // "what if every channel ran at a steady weekly level?": all of them laid out evenly.
  if (channelRefs(ctx.tokens).length === 0)
    return EVERY_CHANNEL.test(ctx.skel) ? layoutEverywhere(ctx, layout) : buildWhatIf(ctx);
  const said = laidOutChannels(ctx);
  const rest = readTurn(pronounsNamed(restOf(ctx), said, ctx), ctx.catalog, ctx.frequency);
  const restFrame = buildWhatIf({
    ...rest,
    horizon: ctx.horizon,
    referenceTotal: ctx.referenceTotal,
  });
  // "put 500k into TV, always-on": from where is asked as it is without the layout; the answer
  // is read after the layout, said on its own, so it does not lay out the answer's channel.
  if (restFrame.kind === 'clarify' && hasAmount(rest.tokens)) {
    const laid = (said.length > 0 ? said : channelRefs(ctx.tokens)).map(ctx.catalog.label);
    const text = `${laid.join(' and ')} ${layout === 'bursts' ? 'in bursts' : 'always on'} and ${rest.raw}`;
    return restFrame.pending
      ? { ...restFrame, pending: { ...restFrame.pending, text } }
      : restFrame;
  }
  const first = restFrame.kind === 'calls' ? restFrame.calls[0] : undefined;
  const changes = first?.name === 'what_if' ? (first.args.changes as ScenarioChange[]) : [];
  const moved = changed(changes);
  const channels = said.length > 0 ? said : moved.length > 0 ? moved : channelRefs(ctx.tokens);
  const frame = whatIfCall(changes, ctx.horizon);
  const call = frame.kind === 'calls' ? frame.calls[0] : undefined;
  const byPart = layoutsByPart(ctx);
  const value = messageLayout(ctx, layout);
  if (call) call.args.flighting = Object.fromEntries(channels.map((c) => [c, byPart[c] ?? value]));
  const regions = regionalScope(ctx.raw);
  return { ...frame, ...(regions ? { regions } : {}) };
}
