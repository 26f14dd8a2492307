/**
 * Words that run a channel in regular bursts instead of continuously: "in bursts", "pulse
 * search", "two weeks on, two off", "on-off flighting", or an always-on run ended ("instead of
 * always-on", "stop running it every week"). "Instead of in bursts" is the opposite (even).
 */
const COUNT = '(?:NUM|\\d+|one|two|three|four|a)';
const SPAN = '(?:weeks?|days?|months?)';
export const BURSTS = [
  `(?:in|into|as|with) (?:(?:short|regular|periodic|heavy|concentrated|big|fortnightly|${COUNT} ${SPAN}|${COUNT}-week|two-week) )?(?:bursts?|pulses|flights|waves|blocks)`,
  'burst(?:s|ing|ed)? (?:it|them|CH|our)',
  'puls(?:e|es|ed|ing)',
  `${COUNT} ${SPAN} on(?: ,| and)? ${COUNT} (?:${SPAN} )?off`,
  '(?:on ?off|on and off|stop start) (?:pattern|schedule|cadence|flighting|bursts?|basis)?',
  '(?:flight|flighted|flighting) (?:CH|it|them)(?! (?:evenly|uniformly|continuously))',
].join('|');

/** An always-on run ended or refused: bursts, whatever else is said. */
export const NOT_STEADY =
  '(?:instead of|rather than|no more|not|stop|stops|stopped|stopping|end|ended|quit|no longer|without) (?:(?:running|being|going|keeping|it|them|its|their|the|on|CH) )*(?:always on|continuous(?:ly)?|non ?stop|every (?:single )?(?:week|day|month)|(?:at )?an? (?:steady|even|constant|flat) (?:level|rate|pace|drumbeat))';
