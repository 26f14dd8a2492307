import type { Cue } from './cue';

/** A new split of the budget asked for without naming channels to move between. */
const REALLOCATE =
  '(?:rebalanc\\w*|reallocat\\w*|re-allocat\\w*|reshuffl\\w*|redistribut\\w*|re-?optimi[sz]\\w*|rejig\\w*|re-?split|re-?plan\\w*)';

/**
 * A floor or a ceiling on a channel, with its size: "don't cut search below 200k", "cap TikTok at
 * 150k", "radio floored at 0.5x", "TV at least 20%", "no more than half".
 */
const BOUND =
  '(?:(?:below|under|above|over|at least|at most|no more than|no less than|more than|less than|(?:a )?(?:floor|cap|ceiling|minimum|maximum) of|floor(?:ed|s)?(?: at)?|cap(?:ped|s)?(?: at)?|min(?:imum)?|max(?:imum)?) (?:CH )?(?:at )?(?:MONEY|PCT|MULT)|(?:below|under|above|more than|less than) half)';

/**
 * "reallocate the current budget, but don't cut search below 200k and cap TikTok at 150k": a
 * reallocation kept within bounds on channels is an optimisation with those bounds, not a
 * what-if that takes 200k out of search. Its words ("cut search", "TikTok at 150k") are a
 * what-if's too, so it outweighs them. A move between named channels ("reallocate 20% from TV
 * to search") stays a what-if.
 */
export const BOUNDED_REALLOCATION: Cue = {
  re: new RegExp(`^(?=[^?]*\\b${REALLOCATE}\\b)(?=[^?]*\\bCH\\b)[^?]*\\b${BOUND}\\b`),
  weight: 6,
  unless: (skel) => /\b(?:from|out of) CH\b|\b(?:to|into|towards|onto) (?:the )?CH\b/.test(skel),
};
