/**
 * The words of a layout in regular bursts: "in bursts", "pulse search", "two-week flights", "two
 * weeks on, two off", "an on-off schedule". Read on a message's skeleton (`CH` for a channel,
 * `NUM` for a number) or its text.
 */
const COUNT = '(?:NUM|\\d+|one|two|three|four|a)';
const SPAN = '(?:weeks?|days?|months?|fortnights?)';
/** What a burst goes by. */
const BURST_NOUNS = 'bursts?|pulses?|flights?|waves?|blocks?';

/**
 * "two-week bursts", "2 weeks on, 2 off", "4 on 4 off": a cadence, the length of a burst rather
 * than of a plan.
 */
export const CADENCE = `${COUNT}[- ]${SPAN} (?:${BURST_NOUNS})|${COUNT} (?:${SPAN} )?on(?: ,| and)? ${COUNT} (?:${SPAN} )?off`;

/** A bursts layout named, whether asked for or ended ("instead of in bursts" ends it). */
export const BURST_TERM = `${CADENCE}|bursts?|bursting|bursty|pulses|pulsing|pulsed|flights?|flighting|flighted|on ?off|on and off|stop start`;

/** Bursts asked for. */
export const BURSTS = [
  `(?:in|into|as|with) (?:an? )?(?:${CADENCE})`,
  CADENCE,
  '(?:in|into|as|with) (?:(?:short|regular|periodic|heavy|concentrated|big|fortnightly) )?(?:bursts?|pulses|flights)',
  'burst(?:s|ing|ed)? (?:it|them|CH|our)',
  'bursty',
  'puls(?:e|es|ed|ing) (?:it|them|CH|our)',
  'CH (?:is |was |gets |got |being )?puls(?:ed|ing)',
  'puls(?:ed|ing) (?:schedule|strategy|pattern|approach|basis|flighting|instead)',
  '(?:on ?off|on and off|stop start) (?:pattern|schedule|cadence|flighting|bursts?|basis)',
  '(?:go|goes|going|went) on ?off',
  '(?:flight|flighted|flighting) (?:CH|it|them)(?! (?:evenly|uniformly|continuously))',
].join('|');
