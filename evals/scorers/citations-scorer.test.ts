import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, outcomeOf } from '../testing/fixtures';
import { scoreCitations } from './citations-scorer';

const cite = (...ids: string[]) =>
  outcomeOf(
    answerOf(
      'x',
      [],
      ids.map((id) => ({ id, title: id })),
    ),
  );

describe('citation precision and recall scorer', () => {
  it('passes when exactly the expected document is cited', () => {
    expect(scoreCitations(expectOf({ citations: ['adstock'] }), cite('adstock'))).toMatchObject({
      score: 1,
      pass: true,
      metrics: { precision: 1, recall: 1 },
    });
  });

  it('fails a missing expected document (recall below 1)', () => {
    const s = scoreCitations(expectOf({ citations: ['adstock', 'saturation'] }), cite('adstock'));
    expect(s).toMatchObject({ pass: false, metrics: { precision: 1, recall: 0.5 } });
    expect(s?.details).toEqual(['missing citation saturation']);
  });

  it('scores extra citations down and fails them under min_precision', () => {
    const e = expectOf({ citations: { include: ['adstock'], min_precision: 0.6 } });
    const s = scoreCitations(e, cite('adstock', 'glossary'));
    expect(s?.metrics).toEqual({ precision: 0.5, recall: 1 });
    expect(s?.score).toBeCloseTo(2 / 3);
    expect(s?.pass).toBe(false);
    expect(
      scoreCitations(expectOf({ citations: ['adstock'] }), cite('adstock', 'glossary'))?.pass,
    ).toBe(true);
  });

  it('passes any_of with one of the options and fails with none', () => {
    const e = expectOf({ citations: { any_of: ['what-if', 'uncertainty'] } });
    expect(scoreCitations(e, cite('uncertainty'))?.pass).toBe(true);
    expect(scoreCitations(e, cite('adstock'))?.pass).toBe(false);
  });

  it('fails an excluded document', () => {
    const e = expectOf({ citations: { include: ['adstock'], exclude: ['data-privacy'] } });
    expect(scoreCitations(e, cite('adstock', 'data-privacy'))?.pass).toBe(false);
  });

  it('passes an empty expectation only without citations', () => {
    expect(scoreCitations(expectOf({ citations: [] }), cite())?.pass).toBe(true);
    expect(scoreCitations(expectOf({ citations: [] }), cite('adstock'))?.pass).toBe(false);
  });
});
