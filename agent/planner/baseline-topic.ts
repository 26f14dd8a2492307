/**
 * What drives the KPI besides paid media: price, promotions, events, seasonality, trend, the
 * baseline itself, competitors, the economy, the weather.
 */
const TOPIC =
  '(?:price|prices|pricing|promo|promos|promotions?|discounts?|sales events?|events?|holidays?|seasonality|seasonal\\w*|seasons?|trend|trends|baseline|base sales|base level|organic|competitors?|competition|competitor spend|weather|macro\\w*|economy|economic\\w*|non-?media|distribution|inflation|time of (?:the )?year|xmas|christmas|controls?)';
const VERB =
  '(?:affect\\w*|hurt\\w*|help\\w*|hit|dent\\w*|boost\\w*|drive\\w*|drove|driving|impact\\w*|matter\\w*|effect\\w*|explain\\w*|contribut\\w*|influenc\\w*|role|do to|does to|did to|move\\w*|worth|add\\w*|lift\\w*|account for|responsible|shift\\w*|attribut\\w*)';

/** A question about those drivers ("how much do price and promotions matter?"). */
const BASELINE_QUESTION = new RegExp(
  [
    `\\b${TOPIC}\\b[^?]*\\b${VERB}\\b`,
    `\\b(?:affect\\w*|drive\\w*|drove|driving|impact\\w*|effect|explain\\w*|contribution|influence|role) (?:of )?(?:the |our )?${TOPIC}\\b`,
    `\\bhow (?:big|large|strong|important|significant) (?:is|are|was|were) (?:the |our )?${TOPIC}\\b`,
    // "what effect does pricing have on sales?", "what role do promotions play?"
    `\\b(?:effect|impact|influence|difference|role) (?:does|do|did|has|have|had|is|are) (?:the |our )?${TOPIC}\\b`,
    '\\b(?:besides?|other than|apart from|aside from|outside(?: of)?|beyond) (?:paid )?(?:media|marketing|advertising|ads)\\b',
    // "setting media aside, what else moves sales?", "leave marketing out of it"
    '\\b(?:setting|putting|leaving|set|put|leave) (?:paid )?(?:media|marketing|advertising|ads) (?:aside|to one side|out of it)\\b',
    // "how much is price?", "how big a swing does seasonality give us?"
    `\\bhow (?:much|big|large)(?: of)? (?:an? )?(?:swing|effect|impact|difference|role|lift|dip|bump)? ?(?:is|are|was|were|does|do|did|from) (?:the |our )?${TOPIC}\\b`,
    '\\bnon-?media (?:side|part|drivers?|factors?|effects?|sales)\\b',
    `\\b(?:attributable|attributed|due|down|owing|put down) to (?:the |our )?(?:\\w+ )?${TOPIC}\\b`,
    // "how much of it is just xmas?": a part of the KPI put down to one driver.
    `\\bhow much of (?:it|that|this|them|the total) (?:is|was|comes? from|came from|is down to)\\b[^?]*\\b${TOPIC}\\b`,
    // "how much revenue would we still get with zero advertising?": the baseline itself.
    '\\b(?:still|anyway)\\b[^?]*\\b(?:with (?:zero|no)|without(?: any)?) (?:advertising|marketing|media|ads)\\b|\\b(?:with (?:zero|no)|without(?: any)?) (?:advertising|marketing|media|ads)\\b[^?]*\\b(?:still|anyway)\\b',
    // "once you strip out marketing, is the underlying business trending down?"
    '\\b(?:strip(?:ping)?|take|taking|took|net(?:ting)?) (?:out )?(?:paid )?(?:marketing|media|advertising|ads)(?: out)?\\b',
    '\\bunderlying (?:business|sales|demand|trend|revenue|performance)\\b',
    // "how much of our sales is just seasonality and trend?", "what share of revenue is price?"
    `\\b(?:how much|what share|what part|what portion|what percent(?:age)?|what fraction|what proportion) of (?:our |the |my )?(?:sales|revenue|kpi|conversions|orders|demand|business)\\b[^?]*\\b(?:is|are|was|were|comes? from|came from|due to|down to)\\b[^?]*\\b${TOPIC}\\b`,
    '\\b(?:is|from|comes from|due to) (?:the )?baseline\\b',
    '\\bwhat (?:is|s) (?:in|inside|driving|behind) (?:the |our )?baseline\\b',
    '\\bbaseline (?:drivers?|breakdown|decomposition|components?|parts?)\\b',
    // "show me the baseline", "trend and seasonal components of the baseline", "what makes up
    // the baseline?"
    '^(?:please |can you |could you )?(?:show|give|plot|chart|display)(?: me| us)? (?:the |our )?baseline\\b',
    '\\b(?:drivers?|breakdown|break down|breaks down|breaking down|decomposition|decompose|components?|parts?|makeup|make up|makes up|made up of) (?:of )?(?:the |our )?baseline\\b',
  ].join('|'),
);

/** True when the message asks what moves the KPI outside the paid channels. */
export function asksAboutBaseline(skel: string): boolean {
  // "besides media": the media named as a group is what is set aside, not asked about.
  const rest = skel.replace(
    /\b(besides?|other than|apart from|aside from|beyond) (?:paid )?CH\b/g,
    '$1 media',
  );
  return BASELINE_QUESTION.test(rest) && !/\bCH\b/.test(rest);
}

/**
 * True when a follow-up to a breakdown names a driver outside the paid channels ("and what about
 * price and promotions?"): the breakdown asked about is the baseline's. A driver said as a time
 * ("during the holidays", "in promo weeks", "over the season") is a period, not the topic.
 */
export function namesBaselineDriver(skel: string): boolean {
  const asTime = new RegExp(
    `\\b(?:during|in|over|across|around|at|through|for) (?:the |our |those |these |all |last |this )*(?:\\w+ )?${TOPIC}(?: (?:weeks?|days?|months?|periods?|season|time))?\\b`,
    'g',
  );
  const rest = skel.replace(asTime, ' ');
  return new RegExp(`\\b${TOPIC}\\b`).test(rest) && !/\bCH\b/.test(skel);
}
