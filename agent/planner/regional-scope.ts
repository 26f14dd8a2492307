/** Parts of a country a plan or a geo test may cover. */
const UNITS =
  'regions?|markets?|dmas?|designated market areas?|geos?|states?|provinces?|count(?:y|ies)|cit(?:y|ies)|metro areas?|metros?|territor(?:y|ies)|districts?|zip ?codes?|post ?codes?';
const COMPASS = '(?:north|south)?(?:east|west)|north|south|midwest|mid-atlantic';

/** A unit that names a study, not a scope: "as in the 2024 geo test", "in the northeast geo test". */
const STUDY = '(?:tests?|stud(?:y|ies)|experiments?|holdouts?|lift|pilots?)\\b';

/**
 * "in 10 regions", "across 5 DMAs", "in the northeast region", "in the northeast": a part of
 * the market, with up to four words before its unit.
 */
const REGIONAL = new RegExp(
  `\\b(?:in|across|within)\\s+(?:((?:(?!(?:in|across|within)\\s)[\\w'-]+\\s+){1,4}?)(?:${UNITS})|the\\s+(?:${COMPASS}))\\b(?!\\s+(?:(?:${UNITS})\\s+)?${STUDY})`,
  'gi',
);
/** Words that count or pick units ("10 of our 50", "a few", "three test"). */
const COUNTING = new Set(
  (
    'a an only just some several few couple handful dozen of our the selected select certain ' +
    'specific test holdout control treatment pilot key main top biggest largest smallest ' +
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty'
  ).split(' '),
);
/** Words that make the phrase the whole market ("in all regions", "in the US market"). */
const WHOLE =
  /\b(?:all|every|each|whole|entire|national|nationwide|overall|total|any|us|usa|uk)\b/i;

/** True when the words before the unit count some units or name one ("the northeast"). */
function namesAPart(before: string[]): boolean {
  if (before.length === 0 || before.some((w) => WHOLE.test(w))) return false;
  if (before[0] === 'the' && before.length > 1) return true;
  const counts = before.every((w) => /^\d+$/.test(w) || COUNTING.has(w));
  return counts && before.some((w) => !['the', 'our', 'a', 'an', 'of'].includes(w));
}

/**
 * The part of the market a message scopes its change to, as the user wrote it ("10 regions",
 * "the northeast region", "5 DMAs"), or undefined when it names none or the whole market
 * ("in all regions", "in our markets"). The model is national, so the answer says its figures
 * are for the change everywhere.
 */
export function regionalScope(raw: string): string | undefined {
  for (const m of raw.matchAll(REGIONAL)) {
    const phrase = m[0].replace(/^\w+\s+/, '').replace(/\s+/g, ' ');
    if (m[1] === undefined || namesAPart(m[1].toLowerCase().trim().split(/\s+/))) return phrase;
  }
  return undefined;
}
