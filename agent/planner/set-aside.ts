/**
 * Context the user tells the assistant to leave out ("We also sponsor a podcast network but
 * ignore that - if TikTok doubled…"): the clause ends by saying so, and it is dropped so its
 * words (a channel the dataset lacks) do not steer the reading of the question.
 */
const SET_ASIDE =
  /\b(?:ignore|disregard|leave aside|set aside|put aside|forget about|skip) (?:that|it|this|those|them|these)(?: one| ones| bit| part)?(?: for now| here| please| for this)?\)?[\s.!,;:]*$/i;

/** Pieces of a message: sentences, and parts set off by a dash. */
const PIECES = /(?<=[.;!?])\s+|\s+[-–—]+\s+/;

/** The message without the clauses it asks to set aside (unchanged when there are none). */
export function dropSetAside(text: string): string {
  const pieces = text.split(PIECES);
  const kept = pieces.filter((p) => !SET_ASIDE.test(p.trim()));
  return kept.length > 0 && kept.length < pieces.length ? kept.join(' ') : text;
}
