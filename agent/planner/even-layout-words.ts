import { BURST_TERM, BURSTS } from './burst-layout-words';
import type { Cue } from './cue';

/**
 * Words that lay a channel's spend out evenly over the horizon instead of in its recent bursts:
 * "always-on", "continuously", "at a steady weekly level". Not "keep TV steady" or "hold TV
 * constant", which keep its level.
 */
const STEADY =
  'always on|non ?stop|uninterrupted|continuity|(?:run|runs|running|ran|kept|keep|keeping|spend|spent|spending)(?: it| them)? continuously|continuous(?:ly)?(?: (?:presence|schedule|spend|weight|flighting))?|(?:at |on )?an? (?:steady|even|constant|flat|consistent|level|fixed|uniform) (?:weekly |daily |monthly )?(?:level|rate|pace|presence|drumbeat|weight|amount|spend)';
/** A steady layout named, whether asked for or ended ("instead of always-on" ends it). */
const STEADY_TERM =
  'always on|continuous(?:ly)?|non ?stop|every (?:single )?(?:week|day|month)|(?:at )?an? (?:steady|even|constant|flat) (?:weekly |daily |monthly )?(?:level|rate|pace|drumbeat)';
/** "spread radio evenly", "radio evenly across the quarter": a layout unless split between channels. */
const SPREAD = String.raw`(?:spread|spreading|spend|spent|spending|phase|phased|pace|paced|lay|laid|run|ran|running|flighted|flight|flighting|scheduled|schedule)(?: \w+){0,3} (?:evenly|uniformly)|(?:evenly|uniformly) (?:spread|paced|phased|distributed|across|over|through|throughout|each|every|per|week)`;
/** Words that end a layout, with up to three words before the layout they end. */
const ENDED =
  "(?:instead of|rather than|out of|away from|not|never|no more|no longer|without|stop|stops|stopped|stopping|drop|dropped|dropping|end|ended|ending|quit|do not|did not|don ?t|don't|didn ?t|didn't) (?:[A-Za-z]+ ){0,3}?";
/** "Instead of in bursts", "stop running TV in bursts": bursts ended, so even. */
const NOT_BURSTS = `${ENDED}(?:${BURST_TERM})`;
/** "Instead of always-on", "stop running it every week": always-on ended, so bursts. */
const NOT_STEADY = `${ENDED}(?:${STEADY_TERM})`;
const pattern = (source: string, flags = '') => new RegExp(`\\b(?:${source})(?![\\w-])`, flags);
const NOT_BURSTS_RE = pattern(NOT_BURSTS, 'g');
const NOT_STEADY_RE = pattern(NOT_STEADY, 'g');
const BURSTS_RE = pattern(BURSTS);
const STEADY_RE = pattern(STEADY);
const SPREAD_RE = pattern(SPREAD);
const LAYOUT_WORDS = pattern(`${NOT_BURSTS}|${NOT_STEADY}|${STEADY}|${SPREAD}|${BURSTS}`, 'g');
/** "split it evenly between TV and search": an even split among channels, not over time. */
const AMONG_CHANNELS =
  /\b(?:between|among|amongst)\b|\bacross (?:the |our |all )?(?:channels|media)\b|\b(?:across|on|into|to|over) CH (?:and|,|or) CH\b/;

/** "continuity vs flighting", "bursts or always-on": the choice named as a topic, asking neither. */
const TOPIC_RE =
  /\b(?:continuity|always on|flighting|bursts?|pulsing)(?: vs| versus| or| and| against) (?:continuity|always on|flighting|bursts?|pulsing)\b/g;

/** Where each layout is first said in `skel` (-1: not said), ended layouts counted as the other. */
function firstSaid(skel: string): { even: number; bursts: number } {
  const blank = (text: string, re: RegExp) => text.replace(re, (m) => ' '.repeat(m.length));
  const first = (re: RegExp) => {
    re.lastIndex = 0;
    const m = re.exec(skel);
    return m ? m.index : -1;
  };
  const rest = blank(blank(blank(skel, TOPIC_RE), NOT_BURSTS_RE), NOT_STEADY_RE);
  const at = (re: RegExp) => re.exec(rest)?.index ?? -1;
  const spread = SPREAD_RE.test(rest) && !AMONG_CHANNELS.test(rest) ? at(SPREAD_RE) : -1;
  const earliest = (...xs: number[]) => Math.min(...xs.filter((x) => x >= 0), Infinity);
  const even = earliest(first(NOT_BURSTS_RE), at(STEADY_RE), spread);
  const bursts = earliest(first(NOT_STEADY_RE), at(BURSTS_RE));
  return { even: even === Infinity ? -1 : even, bursts: bursts === Infinity ? -1 : bursts };
}

/**
 * The layout over time the message (or a part of it, on its skeleton) asks for: 'bursts' when it
 * says bursts or ends an always-on run ("pulse search instead of running it always-on"), 'even'
 * when it says always-on or ends bursts ("TV always-on instead of in bursts"); when it says both
 * for different channels, the one said first (`layoutsByPart` reads each part).
 */
export function saidLayout(skel: string): 'even' | 'bursts' | undefined {
  const { even, bursts } = firstSaid(skel);
  if (even < 0 && bursts < 0) return undefined;
  if (even < 0) return 'bursts';
  if (bursts < 0) return 'even';
  return bursts < even ? 'bursts' : 'even';
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
  /\b(?:optimi[sz](?:e|es|ed|ing|ation)|max[_ ](?:profit|kpi)|(?:best|optimal|ideal) (?:possible )?(?:media |budget )?(?:mix|split|allocation|plan))\b/;

/** A channel's spend laid out evenly or in bursts, named with a channel: a what-if cue. */
export const EVEN_LAYOUT_CUE: Cue = {
  re: /\bCH\b/,
  weight: 5,
  // "is search always on?" asks how it runs, not what running it so would do.
  unless: (skel: string) =>
    !saysLayout(skel) ||
    ASKS_SPLIT.test(skel) ||
    /^(?:is|are|was|were|has|have|do|does|did) (?:(?:our|the) )?CH\b/.test(skel),
};
