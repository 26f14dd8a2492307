import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import { converse, TEST_DATASET } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const callsOf = (...turns: string[]) => {
  const { last } = converse(planner, turns);
  return { text: String(last.content), calls: last.tool_calls ?? [] };
};
const liftTests = (...turns: string[]) =>
  callsOf(...turns).calls.find((c) => c.name === 'fit_model')?.args.liftTests;

describe('lift tests stated in the chat', () => {
  it.each([
    [
      'Our geo lift test on TV came back with an ROI of 1.8 ± 0.3, calibrate the model to it',
      [{ channel: 'tv_spend', roi: 1.8, sd: 0.3 }],
    ],
    [
      'holdout test says radio returns $1.20 per dollar +/- 0.40',
      [{ channel: 'radio_spend', roi: 1.2, sd: 0.4 }],
    ],
    [
      'Calibrate to the lift test: search ROAS 3.1 with a standard error of 0.5 from 2024-03-04 to 2024-04-29',
      [{ channel: 'search_spend', roi: 3.1, sd: 0.5, from: '2024-03-04', to: '2024-04-29' }],
    ],
    // A 95% interval 1.6-3.2 is ±1.96 standard errors: (3.2 - 1.6) / 3.92.
    [
      'we ran an incrementality study for tiktok: iROAS 2.4x, 95% CI 1.6 to 3.2',
      [{ channel: 'tiktok_spend', roi: 2.4, sd: 0.4082 }],
    ],
    [
      'Lift tests: TV ROI 1.5 ± 0.2 and search ROI 4 ± 1',
      [
        { channel: 'tv_spend', roi: 1.5, sd: 0.2 },
        { channel: 'search_spend', roi: 4, sd: 1 },
      ],
    ],
  ])('reads "%s"', (q, expected) => {
    const { calls } = callsOf(q);
    expect(calls[0]).toMatchObject({
      name: 'fit_model',
      args: { refit: true, liftTests: expected },
    });
    expect(calls[1]?.args.query).toMatch(/lift tests/);
  });

  // The error comes from the interval as when the ROI is said first: 95% is ±1.96 standard
  // errors, 90% ±1.645, 80% ±1.2816; (2.4 - 1.2) / 3.92 = 0.3061.
  it.each([
    ['TV geo test: 95% CI 1.2 to 2.4, point estimate 1.8', 1.8, 0.3061],
    ['our TV lift test gave a 90% interval of 1.1-2.0 with a point estimate of 1.5', 1.5, 0.2736],
    ['TV incrementality study: 80% CI [1.2, 2.4], estimate 1.8', 1.8, 0.4682],
    ['TV geo test (95% CI: 1.2–2.4), point estimate 1.8', 1.8, 0.3061],
    ['TV lift test: 95% CI (1.2, 2.4), ROI 1.8', 1.8, 0.3061],
    // No "test" or "study": the estimate and the interval say it is a result.
    ['geo holdout for TV: 95% CI 1.2 to 2.4, point estimate 1.8', 1.8, 0.3061],
    ['TV geo holdout: estimate 1.8, 95% CI 1.2 to 2.4', 1.8, 0.3061],
  ])('reads a result stated interval first: "%s"', (q, roi, sd) => {
    expect(liftTests(q)).toEqual([{ channel: 'tv_spend', roi, sd }]);
  });

  it('derives the same error from an interval said before or after the ROI', () => {
    expect(liftTests('TV geo test: 90% CI 1.2 to 2.4, point estimate 1.8')).toEqual(
      liftTests('TV geo test: ROI 1.8, 90% CI 1.2 to 2.4'),
    );
  });

  it('asks for the estimate when only an interval is given, then reads the answer with it', () => {
    for (const q of ['TV geo test: 95% CI 1.2 to 2.4', 'our TV lift test: 95% CI 1.2-2.4']) {
      const { text, calls } = callsOf(q);
      expect(calls).toEqual([]);
      expect(text).toMatch(/What ROI did the TV test measure\? I have its interval/);
      expect(liftTests(q, '1.8')).toEqual([{ channel: 'tv_spend', roi: 1.8, sd: 0.3061 }]);
    }
  });

  it('asks for the error a test gave instead of assuming one, then reads the answer with it', () => {
    const { text, calls } = callsOf('our TV geo test measured an ROI of 1.8');
    expect(calls).toEqual([]);
    expect(text).toMatch(/How sure was the TV test\?/);
    expect(liftTests('our TV geo test measured an ROI of 1.8', '0.3')).toEqual([
      { channel: 'tv_spend', roi: 1.8, sd: 0.3 },
    ]);
    // A 90% interval is ±1.645 standard errors.
    expect(liftTests('our TV geo test measured an ROI of 1.8', '90% CI 1.2 to 2.4')).toEqual([
      { channel: 'tv_spend', roi: 1.8, sd: 0.3648 },
    ]);
  });

  it('asks for the ROI or the channel when the message lacks it', () => {
    expect(callsOf('calibrate the model to our TV lift test').text).toMatch(
      /What ROI did the TV test measure/,
    );
    expect(liftTests('calibrate the model to our TV lift test', '1.8 ± 0.25')).toEqual([
      { channel: 'tv_spend', roi: 1.8, sd: 0.25 },
    ]);
    expect(callsOf('the geo test showed ROI 2.1 ± 0.4').text).toMatch(/Which channel/);
    expect(liftTests('the geo test showed ROI 2.1 ± 0.4', 'tv')).toEqual([
      { channel: 'tv_spend', roi: 2.1, sd: 0.4 },
    ]);
  });

  it('refits without the lift tests when asked to drop them', () => {
    for (const q of ['remove the lift tests', 'refit the model without the lift tests']) {
      expect(liftTests(q)).toEqual([]);
    }
  });

  it('answers questions about lift tests from the methodology notes, without refitting', () => {
    for (const q of ['how do you calibrate to lift tests?', 'what is a lift test?']) {
      const { calls } = callsOf(q);
      expect(calls.map((c) => c.name)).toEqual(['search_methodology']);
      expect(calls[0]?.args.query).toMatch(/lift tests/);
    }
  });

  it('reads one test of several channels, named together or as a group, as their joint ROI', () => {
    expect(liftTests('Our TV and radio geo test came back at ROI 1.4 ± 0.2')).toEqual([
      { channel: ['tv_spend', 'radio_spend'], roi: 1.4, sd: 0.2 },
    ]);
    // "Meta" (Facebook) only introduces the study that "social" reports on.
    expect(liftTests('The Meta lift study for social showed ROI 2.1 ± 0.4')).toEqual([
      { channel: 'social', roi: 2.1, sd: 0.4 },
    ]);
    expect(liftTests('lift study: social iROAS 2.1 ± 0.4')).toEqual([
      { channel: 'social', roi: 2.1, sd: 0.4 },
    ]);
  });

  it('reads channels listed first and reported on one by one as separate tests', () => {
    for (const q of [
      'TV and radio geo tests: TV ROI 1.5 ± 0.2, radio ROI 0.8 ± 0.1',
      'geo test for TV vs radio: TV 1.5 ± 0.2 radio 0.8 ± 0.1',
    ]) {
      expect(liftTests(q)).toEqual([
        { channel: 'tv_spend', roi: 1.5, sd: 0.2 },
        { channel: 'radio_spend', roi: 0.8, sd: 0.1 },
      ]);
    }
  });

  it('reads a year as a date, and a result said inside a question as a result', () => {
    expect(liftTests('the 2024 TV geo test measured ROI 1.5 ± 0.2')).toEqual([
      { channel: 'tv_spend', roi: 1.5, sd: 0.2 },
    ]);
    for (const q of [
      'what if we calibrate to our TV lift test, ROI 1.8 ± 0.3?',
      'how would the model change with our TV lift test at ROI 1.8 ± 0.3',
    ]) {
      expect(liftTests(q)).toEqual([{ channel: 'tv_spend', roi: 1.8, sd: 0.3 }]);
    }
    // Asked to refit with a result but no error: the error is asked for, the ROI not dropped.
    expect(callsOf('what if we refit with our TV lift test at ROI 1.8?').text).toMatch(
      /How sure was the TV test\?/,
    );
  });

  it('leaves plans and hypotheticals that name a test and a number to the other tools', () => {
    const namesOf = (q: string) => callsOf(q).calls.map((c) => c.name);
    expect(namesOf('what if we cut TV by $100k in a holdout test')).toEqual([
      'what_if',
      'search_methodology',
    ]);
    for (const q of [
      'should we run a geo test on TV with $50k?',
      'how much should we spend on a lift test for social, $20k?',
    ]) {
      expect(namesOf(q)).toEqual(['search_methodology']);
    }
  });
});
