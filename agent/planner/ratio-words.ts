/**
 * A share said as a ratio ("one dollar in every ten", "a pound in five", "1 in 4"), on the text
 * after number words became digits: written as the percentage it is ("10 %").
 */
const ONE_IN =
  /\b(?:1|one|a) (?:(?:dollar|euro|pound|buck|quid)s? )?(?:in|out of) (?:every |each )?(\d+)(?: (?:dollars|euros|pounds|bucks|quid))?\b(?! (?:days?|weeks?|months?|quarters?|years?)\b)/g;

/** The text with "one in N" shares as percentages. */
export function ratiosAsPercent(text: string): string {
  return text.replace(ONE_IN, (all, n: string) => {
    const of = Number(n);
    return of >= 2 ? `${Math.round(10000 / of) / 100} %` : all;
  });
}
