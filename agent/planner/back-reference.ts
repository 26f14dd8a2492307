import type { ChannelCatalog } from './channel-catalog';
import type { ConversationState } from './conversation';
import { methodologyAbout, methodologyHits } from './methodology-query';
import type { IntentName, PlannedCall } from './planner-types';
import { channelRefs } from './token-utils';
import { readTurn, type TurnContext } from './turn-context';

/** Reading a message that points back at the previous turn ("is it saturated?", "how is that computed?"). */

const PRONOUN =
  /\b(?:it|them|that channel|this channel|those channels|that one|this one)\b|\b(?:its|their)\b(?= (?:response |saturation |diminishing )?(?:curves?|roi|roas|mroi|contributions?|marginal|saturation|carry-?over|adstock|share|returns?|current|spend|spending|budget)\b)/;
const SOURCE_PRONOUN =
  /\b(?:of|from|out of|off) (?:it|that channel|this channel|that one|this one)\b/;
/**
 * Picking one of two channels just discussed ("which one is better?", "which of the two?") and
 * "the other one" beside such a pick: both mean the pair, not a channel outside it.
 */
const PAIR_PICK =
  /\b(?:which|what) (?:one|of (?:the two|them|those|these|both|the pair|the 2))\b|\bthe (?:better|worse|stronger|weaker|winner|loser|former|latter|first|second) one\b/;
const PAIR_REST = /\b(?:the|that) other (?:one|channel)\b|\bthe other\b(?! (?:\w+ )?channels?\b)/g;
/** "which one is the best channel overall?": the pick is among all channels, not the pair. */
const WIDENS = /\b(?:overall|of all|all (?:the |our )?channels|any channel|every channel)\b/;
/** The polite start of a request ("can you", "please"), as a pattern to put before its verb. */
export const ASK_PREFIX = '(?:(?:can|could|would|will) you (?:please |pls )?|please |pls |just )?';
const ABOUT_CHANNELS = new Set<IntentName>(['contributions', 'drivers', 'mroi', 'response']);

/** The channel a ranking put first in the previous turn ("which channel drives most?" → TV). */
function topChannel(state: ConversationState): string[] {
  const ranked = state.previousResults.find((r) => r.name === 'get_contributions');
  if (!ranked) return [];
  try {
    const parsed = JSON.parse(ranked.content) as { channels?: { name?: unknown }[] };
    const first = parsed.channels?.[0]?.name;
    return typeof first === 'string' ? [first] : [];
  } catch {
    return [];
  }
}

/**
 * After a turn about one or two channels ("how is TV performing?"), a message that names none
 * but says "it" ("what if we cut it by 20%?") means those channels: the message is rewritten
 * with their names. Returns undefined when that does not apply.
 */
export function namedBefore(
  state: ConversationState,
  ctx: TurnContext,
  catalog: ChannelCatalog,
): string | undefined {
  const last = state.lastIntent;
  if (!last || !ABOUT_CHANNELS.has(last.intent)) return undefined;
  const pair = last.channels.length === 2 ? last.channels.map((c) => catalog.label(c)) : [];
  const picks = PAIR_PICK.test(ctx.text) && !WIDENS.test(ctx.text);
  if (pair.length === 2 && picks && channelRefs(ctx.tokens).length === 0) {
    const both = pair.join(' and ');
    return ctx.text
      .replace(new RegExp(PAIR_PICK, 'g'), `which of ${both}`)
      .replace(PAIR_REST, both);
  }
  if (!PRONOUN.test(ctx.text)) return undefined;
  // "extend it to 5x" after a curve: the curve reaches further, it is not a what-if on the channel.
  if (
    last.intent === 'response' &&
    new RegExp(`^${ASK_PREFIX}(?:extend|stretch|widen|push|take|run|go)\\b`).test(ctx.text)
  )
    return undefined;
  // "then move 20% of it to TikTok": a pronoun as the source still means the earlier channel.
  if (channelRefs(ctx.tokens).length > 0 && !SOURCE_PRONOUN.test(ctx.text)) return undefined;
  const focus = last.channels.length > 0 ? last.channels : topChannel(state);
  if (focus.length === 0 || focus.length > 2) return undefined;
  const names = focus.map((c) => catalog.label(c)).join(' and ');
  return ctx.text.replace(PRONOUN, names);
}

/** "its response curve", "the curve": a curve whose channel is not said. */
const UNNAMED_CURVE =
  /\b(?:its|their|the|that|this|a) ((?:response |saturation |spend )?curves?)\b(?! (?:for|of) )/;
const CURVE_AFTER = new Set<IntentName>(['whatif', 'contributions', 'drivers', 'mroi']);

/**
 * "What if we add 40k to Facebook?" then "show me where that sits on its response curve": a curve
 * asked for without a channel, after a turn about one or two channels, is theirs. Not after a
 * curve, whose own follow-ups ("out to 5x") keep it. Returns the message with their names.
 */
export function curveOfNamed(
  state: ConversationState,
  ctx: TurnContext,
  catalog: ChannelCatalog,
): string | undefined {
  const last = state.lastIntent;
  if (!last || !CURVE_AFTER.has(last.intent) || channelRefs(ctx.tokens).length > 0) return;
  if (last.channels.length === 0 || last.channels.length > 2) return undefined;
  if (!UNNAMED_CURVE.test(ctx.text)) return undefined;
  const names = last.channels.map((c) => catalog.label(c)).join(' and ');
  return ctx.text.replace(UNNAMED_CURVE, `the ${names} $1`);
}

/** A change verb followed by "it" ("kill it", "double it"): the pronoun is what changes. */
const CHANGED_IT =
  /\b(?:kill|killing|cut|cutting|double|doubling|halve|halving|triple|tripling|drop|dropping|pause|pausing|stop|stopping|axe|axing|ditch|ditching|scrap|scrapping|boost|boosting|raise|raising|increase|increasing|reduce|reducing|trim|trimming|slash|slashing|switch|switching|turn|turning|shut|shutting|remove|removing|scale|scaling|grow|growing|lower|lowering) it\b/;

/**
 * "Radio is a relic. Suppose we kill it completely": within one message, "it" after a change verb
 * in a later sentence means the one channel the message named earlier. Returns the message with
 * the channel's name in place of that "it", or undefined when that does not apply.
 */
export function namedEarlier(ctx: TurnContext, catalog: ChannelCatalog): string | undefined {
  const refs = channelRefs(ctx.tokens);
  if (refs.length !== 1) return undefined;
  const label = catalog.label(refs[0] as string);
  const sentences = ctx.text.split(/(?<=[.;:!?])\s+/);
  const names = (s: string) => channelRefs(readTurn(s, catalog, ctx.frequency).tokens).length > 0;
  const first = sentences.findIndex(names);
  if (first < 0) return undefined;
  let changed = false;
  const out = sentences.map((s, i) => {
    if (i <= first || names(s) || !CHANGED_IT.test(s)) return s;
    changed = true;
    return s.replace(CHANGED_IT, (m) => `${m.slice(0, -2)}${label}`);
  });
  return changed ? out.join(' ') : undefined;
}

/** A methodology question that points back ("how is that computed?") asks about the last turn. */
export function methodologyFollowUp(state: ConversationState, text: string): PlannedCall {
  const prev = state.lastIntent?.intent;
  const about = prev && !['methodology', 'clarify', 'help', 'out_of_scope'].includes(prev);
  const previous = about ? prev : undefined;
  return {
    name: 'search_methodology',
    args: { query: methodologyAbout(text, previous), k: methodologyHits(text, previous) },
  };
}
