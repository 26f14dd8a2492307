import {
  add,
  clarify,
  contrib,
  diag,
  display,
  drivers,
  fb,
  method,
  move,
  opt,
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

const baseline = { focus: 'baseline' };

/**
 * Fourteenth table, part C: contributions and drivers, model quality, methodology, refits,
 * missing information (asked back) and requests outside the service (written blind).
 */
export const FOURTEENTH_CASES_C: TaggedCase[] = [
  ...tagged('exec', [
    contrib('Which channels actually drove sales?'),
    contrib('Which channel has the best ROI?', { sortBy: 'roi' }),
    contrib('How much is Facebook really bringing in for us?', { channels: [fb] }),
    drivers('Apart from advertising, what moves our sales?', baseline),
    diag('How reliable is this model, honestly? I need to know before I take it to finance.'),
    method('What is the difference between ROI and marginal ROI?'),
    clarify('What if we increase TV?'),
    // no amount and no channel: nothing to run yet
    clarify('What if we spend more next quarter?'),
    outOfScope('Write a LinkedIn post announcing our Q3 results.'),
  ]),
  ...tagged('budget', [
    contrib('What did TV contribute last quarter?', { period: 'last quarter', channels: [tv] }),
    contrib('Contribution by channel for 2024 please', { period: '2024' }),
    drivers('How much do seasonality and promotions matter to revenue?', baseline),
    diag('How good is the model fit?'),
    clarify('Move some money from radio to search.'),
    // "it" has nothing to refer to in a first message
    clarify('What happens if we cut it by 20%?'),
    // "shift into" names no channel to take the 200k from
    clarify('Shift 200k into TikTok.'),
    clarify('Optimise to hit our revenue goal.'),
    outOfScope('How much are our competitors spending on TV?'),
  ]),
  ...tagged('strategist', [
    drivers('What effect does pricing have on sales?', baseline),
    method('How do you model adstock?'),
    method('Explain how the saturation curves are estimated.'),
    diag('Which channels can the model not estimate well?'),
    clarify('Optimise for a target ROAS.'),
    outOfScope('Can you book a call with our media agency for Thursday?'),
  ]),
  ...tagged('analyst', [
    contrib('get_contributions for the last 12 weeks', { period: 'last 12 weeks' }),
    contrib("What's our return on TikTok spend?", { channels: [tiktok] }),
    drivers('Break down the baseline for me.', baseline),
    diag("what's the R² and MAPE"),
    diag('How does the model do on out-of-sample data?'),
    method('How are your confidence intervals computed?'),
    method('What does NRMSE mean?'),
    refit('Retrain the model on the latest data.', { refit: true }),
    refit('refit with seed 42', { refit: true, seed: 42 }),
    // a 95% interval of 1.5-2.7 is a standard error of 1.2 / 3.92
    refit(
      'We ran a geo holdout on TV: incremental ROAS 2.1, 95% CI 1.5 to 2.7. Calibrate the model to that.',
      { liftTests: [{ roi: 2.1, sd: 1.2 / 3.92 }] },
    ),
    refit(
      'Meta conversion lift study came back at 1.4 iROAS with a standard error of 0.2, please recalibrate.',
      { liftTests: [{ roi: 1.4, sd: 0.2 }] },
    ),
    refit('Remove all the lift tests and fit again.', { liftTests: [] }),
    // a lift test without an error or interval cannot be used: ask for it
    clarify('Our TikTok lift test showed an iROAS of 1.9, can you update the model with it?'),
  ]),
  ...tagged('slack', [
    contrib('which channel is pulling its weight lol'),
    contrib('search vs display roi?', { channels: [search, display] }),
    outOfScope("what's the weather in chicago tmrw"),
  ]),
  ...tagged('followup', [
    contrib(['Which channel has the best ROI?', 'and over last quarter only?'], {
      period: 'last quarter',
    }),
    refit(['How good is the fit?', 'ok, refit it then'], { refit: true }),
    whatIf(['What if we increase TikTok?', '25%'], [scale(tiktok, 25)]),
    whatIf(['Move some of the TV budget to search', '10%'], [move(tv, search, { percent: 10 })]),
    contrib(['What does TV contribute?', 'and radio?'], { channels: [radio] }),
    opt(['Optimise the budget to hit a target ROAS', '1.5'], {
      objective: 'target_roas',
      targetRoas: 1.5,
    }),
    refit(['We did a lift test on search, iROAS came out at 3.0', 'standard error was 0.5'], {
      liftTests: [{ roi: 3, sd: 0.5 }],
    }),
    // 40k a week over the default 13-week horizon
    whatIf(['What if we cut radio?', 'by 40k a week'], [add(radio, -520000)]),
  ]),
];
