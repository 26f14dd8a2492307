/** Function words and question filler that carry no topic (after lower-casing, before stemming). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves also get got us let
  may might must shall im ive dont doesnt isnt arent wasnt werent cant wont whats thats
  one ones thing things way really actually please tell explain show give know want need
  something anything say says said use used using make makes made go going see`.split(/\s+/),
);
