import {
  clarify,
  contrib,
  diag,
  drivers,
  fb,
  method,
  mroi,
  outOfScope,
  radio,
  refit,
  row,
  tagged,
  tiktok,
  tv,
} from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Seventeenth held-out table, part C: contributions and ROI rankings over periods, today's mix,
 * baseline drivers (price, promotions, seasonality), diagnostics and trust, uncertainty of a
 * channel's estimates, methodology, refits and lift-test calibration, clarifying questions,
 * help and out-of-scope asks. Written blind.
 */
const BASE = { focus: 'baseline' };
const MIX = { focus: 'mix' };
const TODAY = { period: 'recent', sortBy: 'spend', focus: 'mix' };

export const SEVENTEENTH_CASES_C: TaggedCase[] = [
  ...tagged('exec', [
    contrib('Which channel is pulling its weight the most?'),
    contrib("What's the ROI on each of our channels?", { sortBy: 'roi' }),
    contrib('How much did Facebook contribute last quarter?', {
      period: 'last quarter',
      channels: [fb],
    }),
    contrib("Where's our money going at the moment, channel by channel?", TODAY),
    contrib("Are we spending in the right places given what's actually working?", MIX),
    drivers('How much revenue would we still get with zero advertising?', BASE),
    diag('Can I take these results to the board? How reliable is the model?'),
    method('In plain English, how does the model separate the effect of TV from seasonality?'),
    mroi("How confident are we in search's next-dollar return?"),
    clarify('What if we move some money into social?'),
    outOfScope('Can you draft the creative brief for our summer campaign?'),
  ]),
  ...tagged('budget', [
    contrib('Which channel had the lowest return last year? Looking for cuts', {
      period: 'last year',
      sortBy: 'roi',
    }),
    contrib('ROI by channel for Q1 2024', { period: 'Q1 2024', sortBy: 'roi' }),
    contrib('What share of the budget is each channel getting right now?', TODAY),
    contrib('How much revenue did radio actually bring in during 2023?', {
      period: '2023',
      channels: [radio],
    }),
    contrib("How sure are we about TV's ROI - what's the range?", { channels: [tv] }),
    drivers('Did our summer promo actually shift volume, or was it just the weather?', BASE),
    refit("Refit the model please, we've loaded last month's data", { refit: true }),
    clarify('Cut it by 15%'),
    clarify('Put another 50k in'),
    outOfScope('Can you raise a PO for the Q4 radio buy?'),
  ]),
  ...tagged('strategist', [
    contrib('Is our mix aligned with where the incremental sales come from?', MIX),
    drivers('How big a role does seasonality play versus our media?', BASE),
    drivers('What did the price increase in the spring do to sales?', BASE),
    diag('Could search have any carryover, or is it all same-week?'),
    diag('Which of the estimates are the shakiest?'),
    method(
      'How do you stop TV and radio getting confused with each other when they run at the same time?',
    ),
    method('Why would a channel with a great average ROI be a bad place for the next dollar?'),
    refit(
      'Our Meta conversion lift study (2024-05-01 to 2024-05-31) measured iROAS 2.4 with SE 0.5. Calibrate to that.',
      { liftTests: [{ channel: fb, roi: 2.4, sd: 0.5, from: '2024-05-01', to: '2024-05-31' }] },
    ),
    clarify('What if we spend more?'),
    outOfScope("Who's the best media agency in London?"),
  ]),
  ...tagged('analyst', [
    contrib('Contributions by channel for 2024-07-01..2024-12-31', {
      period: '2024-07-01..2024-12-31',
    }),
    contrib("Contribution share by channel for Q4 '23", { period: 'Q4 2023' }),
    contrib("What's the credible interval on TikTok's ROI?", { channels: [tiktok] }),
    drivers(
      'How much KPI is attributable to the non-media controls (price, promo, holiday dummies)?',
      BASE,
    ),
    diag('Show me R-hat and effective sample sizes'),
    diag('Posterior predictive check and out-of-sample error please'),
    method('Which priors do you put on the ROI parameters?'),
    refit('Geo test on TV: iROAS 1.1, 95% interval 0.6–1.6. Refit with it', {
      liftTests: [{ channel: tv, roi: 1.1, sd: (1.6 - 0.6) / 3.92 }],
    }),
    refit('refit from scratch, seed 7', { refit: true, seed: 7 }),
    clarify('What if we shift 40k to TikTok?'),
  ]),
  ...tagged('slack', [
    contrib('which channel is our best earner'),
    contrib('roi ranking pls', { sortBy: 'roi' }),
    contrib('hows the budget split atm', TODAY),
    drivers('how much of it is just xmas', BASE),
    diag('can we trust the tiktok number tho'),
    method('whats saturation in plain english'),
    refit('rerun the model', { refit: true }),
    clarify('move 30% over'),
    row('what can you do?', 'help'),
    outOfScope('can u summarise the last all-hands for me'),
  ]),
  ...tagged('followup', [
    contrib(['what did search drive in 2024?', 'and Facebook?'], {
      period: '2024',
      channels: [fb],
    }),
    contrib(['ROI by channel', 'for last quarter only'], {
      period: 'last quarter',
      sortBy: 'roi',
    }),
    refit(['Our TikTok lift test came back at 0.9 ROAS', 'SE was 0.15'], {
      liftTests: [{ channel: tiktok, roi: 0.9, sd: 0.15 }],
    }),
    diag(["How long does TV's effect carry over?", 'and could search have any carryover at all?']),
    mroi(['what was the ROI on TikTok last year', 'how sure are we about its next-dollar return?']),
  ]),
];
