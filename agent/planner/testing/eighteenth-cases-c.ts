import {
  clarify,
  contrib,
  diag,
  display,
  drivers,
  fb,
  method,
  outOfScope,
  radio,
  refit,
  row,
  search,
  tagged,
  tiktok,
  tv,
} from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Eighteenth held-out table, part C: contributions and ROI rankings over periods, spend by
 * channel and today's mix, baseline drivers (price, promotions, seasonality), diagnostics and
 * trust, uncertainty of a channel's ROI, methodology, refits and lift-test calibration (single,
 * joint, several, removed, a test without an error to ask about), clarifying questions, help and
 * out-of-scope asks. Written blind.
 */
const BASE = { focus: 'baseline' };
const MIX = { focus: 'mix' };
const TODAY = { period: 'recent', sortBy: 'spend', focus: 'mix' };

export const EIGHTEENTH_CASES_C: TaggedCase[] = [
  ...tagged('exec', [
    contrib('Which of our channels is actually driving the sales?'),
    contrib('Give me the ROI for every channel, best to worst', { sortBy: 'roi' }),
    contrib('What did TV bring in during 2024?', { period: '2024', channels: [tv] }),
    contrib('How is the budget carved up across channels right now?', TODAY),
    drivers(
      'How much of our revenue comes from things other than advertising - pricing, promotions, that sort of thing?',
      BASE,
    ),
    diag("Before I put this in front of the CFO - how far should we trust this model's numbers?"),
    method('What exactly is adstock?'),
    clarify('What if we shift some budget around?'),
    outOfScope('Can you write three punchy headlines for our new TikTok ad?'),
    row('What kinds of questions can I ask you?', 'help'),
  ]),
  ...tagged('budget', [
    contrib('Which channel gave the worst return in 2024? I need to find savings', {
      period: '2024',
      sortBy: 'roi',
    }),
    contrib('Can you rank the channels by return over the last 12 weeks?', {
      period: 'last 12 weeks',
      sortBy: 'roi',
    }),
    contrib('How much did we spend on each channel last year?', {
      period: 'last year',
      sortBy: 'spend',
    }),
    contrib("What's the range of uncertainty on radio's ROI?", { channels: [radio] }),
    drivers('Did the price rise we put through in March hurt volumes?', BASE),
    refit("New data's been uploaded, please retrain the model", { refit: true }),
    outOfScope('Can you email the Q3 plan over to the finance team?'),
  ]),
  ...tagged('strategist', [
    contrib('Is the money going where the incremental sales are coming from?', MIX),
    drivers('How much of the sales pattern is just seasonality and underlying trend?', BASE),
    drivers('What did our promotions contribute compared with the media?', BASE),
    diag('Which channels can the data not really tell apart?'),
    method('How are the 80% and 95% intervals worked out?'),
    method('How do you account for diminishing returns in the model?'),
    refit(
      'We ran a geo holdout on TV from 2024-09-02 to 2024-09-29: incremental ROAS 1.6, standard error 0.3. Please calibrate the model to it.',
      { liftTests: [{ channel: tv, roi: 1.6, sd: 0.3, from: '2024-09-02', to: '2024-09-29' }] },
    ),
    refit(
      'Facebook and TikTok were measured together in one conversion-lift study: joint iROAS 2.0, 95% CI 1.2 to 2.8. Use it to calibrate.',
      { liftTests: [{ channel: [fb, tiktok], roi: 2.0, sd: (2.8 - 1.2) / 3.92 }] },
    ),
    clarify('Our search lift test came back at 1.4 iROAS, can you calibrate the model to it?'),
    outOfScope('Which influencers should we partner with for the autumn launch?'),
  ]),
  ...tagged('analyst', [
    contrib('Contributions by channel, 2023-01-01..2023-06-30', {
      period: '2023-01-01..2023-06-30',
    }),
    contrib('Channel ROI with intervals for Q3 2024, sorted by ROI', {
      period: 'Q3 2024',
      sortBy: 'roi',
    }),
    contrib('95% interval on facebook_spend ROI?', { channels: [fb] }),
    drivers('Decompose the baseline: price, promo, holiday and trend contributions', BASE),
    diag('Holdout MAPE and NRMSE?'),
    method('How is the Hill saturation function parameterised?'),
    refit(
      'Two lift tests: search iROAS 0.9 (SE 0.2), display iROAS 0.4 (SE 0.1). Refit with both.',
      {
        liftTests: [
          { channel: search, roi: 0.9, sd: 0.2 },
          { channel: display, roi: 0.4, sd: 0.1 },
        ],
      },
    ),
    refit('Drop all the lift-test calibration and refit', { liftTests: [] }),
  ]),
  ...tagged('slack', [
    contrib('whos doing the heavy lifting channel-wise'),
    contrib('whats our mix look like atm', TODAY),
    drivers('how much is price vs ads', BASE),
    diag('is the model any good lol'),
    method('adstock?? eli5'),
    clarify('do it again but bigger'),
    outOfScope('write me a linkedin post about our q3 results'),
  ]),
  ...tagged('followup', [
    contrib(['How much did TikTok drive in 2024?', 'and radio?'], {
      period: '2024',
      channels: [radio],
    }),
    contrib(['Rank channels by ROI', 'only last year'], { period: 'last year', sortBy: 'roi' }),
    refit(['We have a geo test result for radio: ROAS 0.7', '95% interval was 0.3 to 1.1'], {
      liftTests: [{ channel: radio, roi: 0.7, sd: (1.1 - 0.3) / 3.92 }],
    }),
    diag(['How well does the model fit?', 'and out of sample?']),
    method(['what is a response curve?', 'and how do you estimate one?']),
    drivers(['what drives sales besides media?', 'specifically price'], BASE),
    outOfScope(['What if we cut TV by 10%?', 'can you turn that into a slide deck for me']),
  ]),
];
