import { BURSTS, NOT_STEADY } from './burst-layout-words';
import type { Cue } from './cue';

/**
 * Words that lay a channel's spend out evenly over the horizon instead of in its recent bursts:
 * "always-on", "continuously", "at a steady weekly level", "instead of in bursts", "stopped
 * flighting". Not "keep TV steady" or "hold TV constant", which keep its level.
 */
/** "Instead of in bursts", "stopped flighting": bursts ended, so the layout is even. */
const NOT_BURSTS =
  '(?:instead of|rather than|not|no more|without|stop|stops|stopped|stopping|drop|dropped|dropping|end|ended|ending|quit|no longer) (?:(?:in|its|their|the|our|any|running|doing|using|it|them) )*(?:bursts?|bursting|bursty|pulses|pulsing|pulsed|flights?|flighting|flighted|on off)';
const STEADY = `always on|non ?stop|uninterrupted|continuity|(?:run|runs|running|ran|kept|keep|keeping|spend|spent|spending)(?: it| them)? continuously|continuous(?:ly)?(?: (?:presence|schedule|spend|weight|flighting))?|(?:at |on )?an? (?:steady|even|constant|flat|consistent|level|fixed|uniform) (?:weekly |daily |monthly )?(?:level|rate|pace|presence|drumbeat|weight|amount|spend)|${NOT_BURSTS}`;
/** "spread radio evenly", "radio evenly across the quarter": a layout unless split between channels. */
const SPREAD = String.raw`(?:spread|spreading|spend|spent|spending|phase|phased|pace|paced|lay|laid|run|ran|running|flighted|flight|flighting|scheduled|schedule)(?: \w+){0,3} (?:evenly|uniformly)|(?:evenly|uniformly) (?:spread|paced|phased|distributed|across|over|through|throughout|each|every|per|week)`;
const STEADY_RE = new RegExp(`\\b(?:${STEADY})\\b`);
const SPREAD_RE = new RegExp(`\\b(?:${SPREAD})\\b`);
const NOT_BURSTS_RE = new RegExp(`\\b(?:${NOT_BURSTS})\\b`, 'g');
const BURSTS_RE = new RegExp(`\\b(?:${NOT_STEADY}|${BURSTS})(?![\\w-])`);
const LAYOUT_WORDS = new RegExp(
  `\\b(?:${NOT_STEADY}|${STEADY}|${SPREAD}|${BURSTS})(?![\\w-])`,
  'g',
);
/** "split it evenly between TV and search": an even split among channels, not over time. */
const AMONG_CHANNELS =
  /\b(?:between|among|amongst)\b|\bacross (?:the |our |all )?(?:channels|media)\b|\b(?:across|on|into|to|over) CH (?:and|,|or) CH\b/;

/**
 * The layout over time the message (or a clause of it, on its skeleton) asks for: 'bursts' when
 * it says bursts or ends an always-on run ("pulse search instead of running it always-on"),
 * 'even' when it says always-on or ends bursts ("TV always-on instead of in bursts").
 */
export function saidLayout(skel: string): 'even' | 'bursts' | undefined {
  if (BURSTS_RE.test(skel.replace(NOT_BURSTS_RE, ' '))) return 'bursts';
  if (STEADY_RE.test(skel) || (SPREAD_RE.test(skel) && !AMONG_CHANNELS.test(skel))) return 'even';
  return undefined;
}

/** The message (or a clause of it) asks for a layout over time, even or in bursts. */
export function saysLayout(skel: string): boolean {
  return saidLayout(skel) !== undefined;
}

/** The text without the words that ask for the layout, to read what else it asks. */
export function withoutLayoutWords(text: string): string {
  return text.replace(LAYOUT_WORDS, ' ');
}

/**
 * "optimise the budget assuming TV is always on", "the best mix with radio running non-stop": an
 * optimisation made under the layout, not a what-if of it.
 */
const ASKS_SPLIT =
  /\b(?:optimi[sz](?:e|es|ed|ing|ation)|(?:best|optimal|ideal) (?:possible )?(?:mix|split|allocation))\b/;

/** A channel's spend laid out evenly or in bursts, named with a channel: a what-if cue. */
export const EVEN_LAYOUT_CUE: Cue = {
  re: /\bCH\b/,
  weight: 5,
  // "is search always on?" asks how it runs, not what running it so would do.
  unless: (skel: string) =>
    !saysLayout(skel) ||
    ASKS_SPLIT.test(skel) ||
    /^(?:is|are|was|were|has|have) (?:(?:our|the) )?CH\b/.test(skel),
};
