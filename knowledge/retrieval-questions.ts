/**
 * Questions executives and analysts ask, labelled with the methodology documents that answer
 * them (any one of `docs` in the top results counts as a hit). Used by the retrieval test and the
 * bench. `split` keeps half the questions out of any tuning: `tune` questions may guide changes to
 * the embedder, `holdout` questions only measure.
 */
export interface LabelledQuestion {
  question: string;
  docs: string[];
  split: 'tune' | 'holdout';
}

const RAW: [string, string[]][] = [
  ['How long does the effect of a TV campaign last after it stops airing?', ['adstock']],
  [
    'Why does doubling our search budget not double the sales it brings?',
    ['saturation', 'response-curves'],
  ],
  ['What is the difference between ROI and marginal ROI?', ['roi-vs-marginal-roi']],
  ['Where should I put the next 100k of budget?', ['roi-vs-marginal-roi', 'budget-optimizer']],
  [
    'How much of our revenue would we have made without any advertising?',
    ['baseline', 'contributions'],
  ],
  ['Is my data sent to OpenAI?', ['data-privacy']],
  ['Can I trust these numbers? How accurate is the model?', ['fit-metrics', 'uncertainty']],
  ['What does an R-squared of 0.85 mean for our model?', ['fit-metrics']],
  ['How do you account for Christmas and summer seasonality?', ['baseline']],
  ['What happens if we move 20% of TV spend to social media?', ['what-if']],
  ['How does the optimizer decide the best budget split?', ['budget-optimizer']],
  ['Why are the confidence ranges on radio so wide?', ['uncertainty', 'limits']],
  ['Does the model prove that Facebook ads cause sales?', ['limits', 'what-is-mmm']],
  ['How can a geo experiment be used to check the model?', ['calibration']],
  ['What data do I need to upload to get started?', ['data-requirements']],
  ['How many weeks of history are required?', ['data-requirements']],
  ['What is adstock?', ['adstock', 'glossary']],
  ['Explain the Hill saturation curve and its alpha and gamma parameters', ['saturation']],
  ['Why use ridge regression instead of ordinary least squares?', ['ridge-regression']],
  ['How are the hyperparameters like decay and saturation chosen?', ['parameter-search']],
  ['What is DECOMP.RSSD and why does it matter?', ['parameter-search', 'fit-metrics']],
  ["How is each channel's contribution to sales calculated?", ['contributions']],
  ['What does the response curve for paid search tell me?', ['response-curves']],
  ['What is the reference plan in a scenario?', ['what-if']],
  [
    'Does the what-if count carryover from spend before the forecast period?',
    ['what-if', 'adstock'],
  ],
  ['Can I lock the TV budget and cap social at 40% of the total?', ['budget-optimizer']],
  ['How should a CMO read these results?', ['executive-guide']],
  ['What is MAPE?', ['fit-metrics', 'glossary']],
  [
    'Where do the numbers in the answer come from? Could the AI make them up?',
    ['how-answers-work'],
  ],
  ['Two of our channels always run at the same time; can the model separate them?', ['limits']],
  [
    'What happens if we spend far more than we ever have on a channel?',
    ['limits', 'response-curves'],
  ],
  ['How do you compute the 95% intervals?', ['uncertainty']],
  ['Is marketing mix modeling the same as multi-touch attribution?', ['what-is-mmm']],
  ['Can the model go negative and say a channel hurts sales?', ['ridge-regression']],
  ['How do you handle price changes and promotions?', ['baseline']],
  [
    'What is ROAS and how is it different from ROI?',
    ['roi-vs-marginal-roi', 'contributions', 'glossary'],
  ],
  ['Which channels are saturated?', ['saturation', 'response-curves']],
  ['What budget do we need to hit a target of 10% more sales?', ['budget-optimizer']],
  ['Will our data be visible to other teams using MixPilot?', ['data-privacy']],
  ['What does the holdout period show?', ['fit-metrics', 'parameter-search']],
  ['Do you support daily data, and how are weekdays treated?', ['data-requirements', 'baseline']],
  ['Why is marginal ROI lower than average ROI?', ['roi-vs-marginal-roi']],
  [
    'How do I know if the model is overfitting?',
    ['fit-metrics', 'parameter-search', 'ridge-regression'],
  ],
  ['What is a Weibull adstock and when is it used?', ['adstock']],
  [
    'Our lift test says search is half as effective as the model claims. Who is right?',
    ['calibration', 'limits'],
  ],
  ['What is the baseline made of?', ['baseline']],
  ['If I rerun the model, will I get the same answer?', ['parameter-search']],
  [
    'Give me a one-minute summary of how to use MMM results for budget decisions',
    ['executive-guide'],
  ],
  ['What does maximize profit mean in the optimizer?', ['budget-optimizer']],
  ['What is the budget curve from 50% to 200%?', ['budget-optimizer', 'glossary']],
  ['Does the what-if include effects that happen after the quarter ends?', ['what-if']],
  ['Define incrementality', ['glossary', 'calibration']],
  ['What is the share of sales from each channel?', ['contributions']],
  ['Can sales going up because of demand fool the model into crediting search?', ['limits']],
  ['Which tools does the assistant use to answer?', ['how-answers-work']],
  ['What does embedded mode mean for privacy?', ['data-privacy']],
  ['What are the red flags I should look for in a model result?', ['executive-guide', 'limits']],
  [
    'Why does the optimizer give every free channel the same marginal return?',
    ['budget-optimizer', 'roi-vs-marginal-roi'],
  ],
  ['How is NRMSE defined?', ['fit-metrics', 'glossary']],
  ['What is a marketing mix model?', ['what-is-mmm', 'glossary']],
];

/** Written after the embedder was tuned and never used to tune it: all holdout. */
const FRESH: [string, string[]][] = [
  [
    'Is TV even working for us?',
    ['contributions', 'roi-vs-marginal-roi', 'limits', 'executive-guide'],
  ],
  ['theta decay half-life formula', ['adstock']],
  ['Why did the model give zero to podcasts?', ['ridge-regression', 'limits']],
  [
    'How do you stop the model from overfitting with so few weeks?',
    ['ridge-regression', 'parameter-search', 'data-requirements'],
  ],
  ['What margin do I enter for the profit objective?', ['budget-optimizer', 'roi-vs-marginal-roi']],
  ['Our sales always spike in December, does that inflate TV?', ['baseline', 'limits']],
  ['Should we cut the channel with the lowest ROAS?', ['roi-vs-marginal-roi', 'executive-guide']],
  ['What is the minimum history for monthly data?', ['data-requirements']],
  [
    'Which provider sees my questions when the OpenAI key is set?',
    ['data-privacy', 'how-answers-work'],
  ],
  ['How many bootstrap draws and what block length?', ['uncertainty']],
  ['What is gamma in the saturation function?', ['saturation', 'glossary']],
  ['Can I keep a sponsorship fixed while optimizing the rest?', ['budget-optimizer']],
  [
    'How confident should the board be in the 2.3 ROAS for video?',
    ['uncertainty', 'executive-guide'],
  ],
  ['What is a conversion lift study?', ['calibration']],
  ['Does a 13-week horizon include the weeks after it for carryover?', ['what-if']],
  ['Why does paid search look so good in the model?', ['limits']],
  ['Is the trend part of the base?', ['baseline']],
  ['What does a flat response curve mean?', ['response-curves', 'saturation']],
  ['Explain negative holdout R2', ['fit-metrics']],
  ['How do I add our own channel definitions document?', ['how-answers-work', 'data-privacy']],
];

export const LABELLED_QUESTIONS: LabelledQuestion[] = [
  ...RAW.map(
    ([question, docs], i): LabelledQuestion => ({
      question,
      docs,
      split: i % 2 === 0 ? 'tune' : 'holdout',
    }),
  ),
  ...FRESH.map(([question, docs]): LabelledQuestion => ({ question, docs, split: 'holdout' })),
];
