import type { FrameResult, TurnContext } from './turn-context';

const VAGUE =
  /\b(?:should|could|can|do|must|shall) (?:we|i) (?:spend|invest|put in|budget|be spending|be investing) (?:more|less|a bit more|a lot more|more money|less money)\b|\b(?:should|could|can|do) (?:we|i) (?:increase|raise|grow|cut|reduce|lower|trim) (?:the |our |my )?(?:overall |total |marketing |media )?(?:budget|spend|spending|investment)\b|\b(?:are|am) (?:we|i) (?:spending|investing) (?:enough|too much|too little)\b|\bis (?:our|the|my) (?:overall |total |marketing |media )?(?:budget|spend|spending) (?:too (?:high|low|big|small)|enough|right)\b/;

/**
 * "Should we spend more?" names no channel and no amount: the answer depends on what the user
 * wants to know, so ask, offering the three analyses a strategist would run (where the next
 * dollar earns most, the budget where the last dollar still breaks even, what a bigger budget
 * brings). Each option reads as a question of its own when sent back.
 */
export function vagueBudgetQuestion(ctx: TurnContext): FrameResult | undefined {
  if (ctx.tokens.some((t) => t.t !== 'w' && t.t !== 'p')) return undefined;
  if (!VAGUE.test(ctx.skel)) return undefined;
  const options = [
    'where would the next dollar earn the most?',
    'how much can we spend while every channel still breaks even?',
    'what if the total budget goes up by a tenth?',
  ];
  return {
    kind: 'clarify',
    question: `That depends on whether the next dollar still earns more than it costs. Which should I look at: ${options.join(' / ')}`,
    options,
  };
}
