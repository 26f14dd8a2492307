import {
  clarify,
  contrib,
  diag,
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
 * Nineteenth held-out table, part C: contributions and ROI rankings over periods, spend by
 * channel and today's mix, baseline drivers (price, promotions, the sales that come anyway),
 * diagnostics and trust, uncertainty of a channel's ROI, methodology, refits (plain, with a seed)
 * and lift-test calibration (with dates, several, from a 95% interval, a test without an error
 * to ask about), clarifying questions, help and out-of-scope asks. Written blind.
 */
const BASE = { focus: 'baseline' };
const MIX = { focus: 'mix' };
const TODAY = { period: 'recent', sortBy: 'spend', focus: 'mix' };

export const NINETEENTH_CASES_C: TaggedCase[] = [
  ...tagged('exec', [
    contrib('Which channels earned their keep last year, and which ones did not?', {
      period: 'last year',
      sortBy: 'roi',
    }),
    contrib('How much revenue did search generate for us in Q2 2024?', {
      period: 'Q2 2024',
      channels: [search],
    }),
    contrib('What does our channel split look like at the moment?', TODAY),
    contrib('Is our money sitting in the right places?', MIX),
    drivers("Leaving media aside, what's actually moving the needle on sales?", BASE),
    diag('How confident should I be when I quote these results to investors?'),
    method('In plain English, how does this model work out what each channel did?'),
    clarify('Can we do something about the budget?'),
    outOfScope('Can you book the TV slots for next month?'),
    row('What are you able to help me with?', 'help'),
  ]),
  ...tagged('budget', [
    contrib('Which channel had the weakest ROI last quarter?', {
      period: 'last quarter',
      sortBy: 'roi',
    }),
    contrib('Total spend by channel for 2023, please', { period: '2023', sortBy: 'spend' }),
    contrib("How sure are we about TikTok's return? What's the range on it?", {
      channels: [tiktok],
    }),
    contrib('What did each channel drive over the last 26 weeks?', { period: 'last 26 weeks' }),
    drivers('How much did promotions add to revenue?', BASE),
    refit('Refit the model with the latest numbers', { refit: true }),
    outOfScope('Put this analysis into a Google Sheet and share it with my team'),
  ]),
  ...tagged('strategist', [
    contrib('Are we over-investing in any channel relative to what it delivers?', MIX),
    contrib('Which channels returned best in Q4 2023?', { period: 'Q4 2023', sortBy: 'roi' }),
    drivers('How much of our revenue would we get anyway, with no media at all?', BASE),
    diag(
      'Does the model separate the effects of Facebook and TikTok cleanly, or are the two tangled up?',
    ),
    method("Why would a channel's average ROI differ from its marginal ROI?"),
    refit(
      'Our TikTok conversion-lift study ran 2024-06-03 to 2024-06-30 and showed incremental ROAS of 2.2, standard error 0.5. Fold that into the model.',
      { liftTests: [{ channel: tiktok, roi: 2.2, sd: 0.5, from: '2024-06-03', to: '2024-06-30' }] },
    ),
    refit(
      'Two experiments to calibrate with. Radio geo test: ROAS 0.6, 95% CI 0.2 to 1.0. Search incrementality test: 1.1, SE 0.25. Recalibrate the model on both, please.',
      {
        liftTests: [
          { channel: radio, roi: 0.6, sd: (1.0 - 0.2) / 3.92 },
          { channel: search, roi: 1.1, sd: 0.25 },
        ],
      },
    ),
    clarify('The display holdout said iROAS 0.5. Can you bake that into the model?'),
    outOfScope('Should we hire a new media agency?'),
  ]),
  ...tagged('analyst', [
    contrib('get_contributions period=2024-04-01..2024-06-30 sortBy=roi', {
      period: '2024-04-01..2024-06-30',
      sortBy: 'roi',
    }),
    contrib('Contributions of tv_spend and radio_spend over the full sample', {
      channels: [tv, radio],
    }),
    contrib('Spend share vs effect share by channel', MIX),
    drivers('Baseline decomposition with the controls (price, promo)', BASE),
    diag('R-squared, MAPE and convergence diagnostics'),
    method('What prior do you put on the adstock decay?'),
    refit('Refit with seed=42', { refit: true, seed: 42 }),
    refit(
      'Calibrate to lift test: channel=facebook_spend roi=1.4 sd=0.35 from 2024-02-05 to 2024-03-03',
      { liftTests: [{ channel: fb, roi: 1.4, sd: 0.35, from: '2024-02-05', to: '2024-03-03' }] },
    ),
  ]),
  ...tagged('slack', [
    contrib('roi by channel 2024 pls', { period: '2024', sortBy: 'roi' }),
    contrib('whats the split rn', TODAY),
    drivers('promo impact?', BASE),
    diag('can i trust these numbers tho'),
    method('hill fn = ?'),
    refit('rerun the model', { refit: true }),
    clarify('make it better'),
    outOfScope("what's the weather in london tmrw"),
  ]),
  ...tagged('followup', [
    contrib(['Which channel drove the most revenue in 2023?', 'what about 2024?'], {
      period: '2024',
    }),
    contrib(['Show me ROI by channel', 'just Facebook and TikTok'], {
      sortBy: 'roi',
      channels: [fb, tiktok],
    }),
    refit(['We ran a geo test on search', 'iROAS came out at 1.2 with an SE of 0.3'], {
      liftTests: [{ channel: search, roi: 1.2, sd: 0.3 }],
    }),
    diag(["How's the model fitting?", 'any convergence problems?']),
    method(["What's saturation?", 'and how is it different from adstock?']),
    drivers(["What's driving our baseline?", 'how big is the price effect'], BASE),
    outOfScope(['Rank channels by ROI', 'now draft an email to the CEO summarising it']),
  ]),
];
