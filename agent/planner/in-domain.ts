/**
 * Words of the product's own subject: a message the planner cannot place but that speaks of
 * channels, spend, returns or the model ("whos doing the heavy lifting channel-wise", "next $
 * goes where?") is asked back with what the product can show, not declined as off-topic.
 */
export const IN_DOMAIN =
  /^(?![^?]*\b(?:book|draft|write|delete|remove|erase|who s|who is|agency)\b)[^?]*(?:\b(?:channels?|channel wise|spend|spending|mix|roi|roas|returns?|allocation|allocate|split|intervals?|incremental|adstock|saturation|carryover|next (?:dollar|pound|euro|MONEY))\b|\bnext \$)/;

/** The question asked back, and the choices, each phrased so it can be sent as it stands. */
export const IN_DOMAIN_QUESTION =
  "I'm not sure which analysis you mean. I can show each channel's contribution and ROI, today's spend mix, where the next dollar would do most, a what-if of a budget change, the best split of a budget, or how the model works. Which one?";
export const IN_DOMAIN_OPTIONS = [
  "each channel's contribution and ROI",
  'show me the current spend mix',
  'where the next dollar would do most',
  'the best split of the current budget',
  'how the model works',
];
