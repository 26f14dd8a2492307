/** A cue for an intent: a pattern over the message skeleton and how much it counts. */
export interface Cue {
  re: RegExp;
  weight: number;
  /** The cue does not count when this holds for the skeleton too. */
  unless?: (skel: string) => boolean;
}
