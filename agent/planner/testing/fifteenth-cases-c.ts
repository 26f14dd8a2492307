import {
  clarify,
  contrib,
  diag,
  drivers,
  fb,
  method,
  move,
  outOfScope,
  radio,
  refit,
  scale,
  search,
  tagged,
  tiktok,
  tv,
  whatIf,
} from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Fifteenth held-out table, part C, written blind: contributions and drivers, model quality,
 * methodology, refits, questions to ask back, and requests outside the service.
 */
export const FIFTEENTH_CASES_C: TaggedCase[] = [
  ...tagged('exec', [
    contrib('Which of our channels are actually bringing in sales?'),
    contrib('What was our ROI by channel last quarter?', { period: 'last quarter', sortBy: 'roi' }),
    drivers('How much of our revenue comes from marketing vs. what we would sell anyway?', {
      focus: 'baseline',
    }),
    diag('Honestly, can I trust this model?'),
    outOfScope('Write me three headlines for the spring TV spot'),
    clarify('What if we spend more?'),
    contrib('Did TV pay for itself in 2024?', { period: '2024', channels: [tv] }),
    method('Give me the one-paragraph version of how this model works, for the board'),
  ]),
  ...tagged('budget', [
    contrib('Break down revenue contribution by channel for Q3 2024', { period: 'Q3 2024' }),
    contrib('Rank the channels by ROI over the last 12 weeks', {
      period: 'last 12 weeks',
      sortBy: 'roi',
    }),
    clarify('Move $50k into search'),
    drivers('How much did price and promotions contribute compared with media in 2023?', {
      focus: 'baseline',
      period: '2023',
    }),
    outOfScope("What's the weather forecast for our London launch next week?"),
    clarify('What happens if we cut the budget?'),
    diag('Before I take this to finance - how reliable are these numbers, really?'),
  ]),
  ...tagged('strategist', [
    drivers('How much of our sales is just seasonality and underlying trend?', {
      focus: 'baseline',
    }),
    method("What's the difference between ROI and marginal ROI?"),
    method('How do you account for the carryover (adstock) from TV?'),
    outOfScope('Can you draft a brief for the creative agency on the Q1 campaign?'),
    refit(
      'We ran a geo holdout on TV: iROAS of 1.8 with a standard error of 0.3. Can you recalibrate?',
      { liftTests: [{ channel: tv, roi: 1.8, sd: 0.3 }] },
    ),
    clarify('Our Meta conversion lift study came back at 2.1x. Please calibrate the model to it.'),
    clarify('What if we shift 30% of linear into CTV?'),
  ]),
  ...tagged('analyst', [
    diag("What's the holdout MAPE and R²?"),
    refit('Refit the model with seed 42', { seed: 42 }),
    method('How is saturation modelled - a Hill curve?'),
    contrib('Contribution by channel, 2024 only', { period: '2024' }),
    diag('Which channels does the data fail to identify well?'),
    refit('Retrain the model on the latest data', { refit: true }),
    drivers('What baseline contribution does the promo variable carry?', { focus: 'baseline' }),
  ]),
  ...tagged('slack', [
    diag('how good is the model fit tbh'),
    contrib('whats ROI by channel', { sortBy: 'roi' }),
    outOfScope('can u write some tiktok captions for the drop'),
    method('wat is adstock'),
    refit('rerun the model pls', { refit: true }),
    clarify('what if we move 20% to tiktok'),
    contrib('how much did fb drive last quarter', { period: 'last quarter', channels: [fb] }),
    outOfScope('hows the stock market looking today'),
  ]),
  ...tagged('followup', [
    contrib(['Show me contributions by channel', 'just for Q4 2024'], { period: 'Q4 2024' }),
    contrib(["What's our ROI by channel?", 'and over the last 12 weeks only?'], {
      period: 'last 12 weeks',
      sortBy: 'roi',
    }),
    drivers(['How much of revenue is baseline?', 'what about in 2023?'], {
      focus: 'baseline',
      period: '2023',
    }),
    whatIf(
      ['What if we shift budget out of radio?', 'into search, 25% of it'],
      [move(radio, search, { percent: 25 })],
    ),
    whatIf(['What if we increase TV?', 'by 20%'], [scale(tv, 20)]),
    refit(['Can you calibrate to our TikTok lift test? iROAS 0.9', 'the standard error was 0.2'], {
      liftTests: [{ channel: tiktok, roi: 0.9, sd: 0.2 }],
    }),
    refit(['how accurate is the model?', 'ok refit it then'], { refit: true }),
    contrib(
      [
        'Write a LinkedIn post about our Q3 results',
        'fine, then just tell me which channels drove Q3 2024',
      ],
      { period: 'Q3 2024' },
    ),
    method(["What's the R² on the model?", 'and what does NRMSE mean?']),
  ]),
];
