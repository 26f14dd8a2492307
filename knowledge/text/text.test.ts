import { describe, expect, it } from 'vitest';
import { textFeatures } from './features';
import { porterStem } from './porter-stemmer';
import { tokenize } from './tokenize';

describe('Porter stemmer', () => {
  it('matches the examples of Porter (1980)', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['cats', 'cat'],
      ['agreed', 'agre'],
      ['plastered', 'plaster'],
      ['motoring', 'motor'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['conditional', 'condit'],
      ['digitizer', 'digit'],
      ['hopeful', 'hope'],
      ['goodness', 'good'],
      ['revival', 'reviv'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['controlling', 'control'],
      ['generalization', 'gener'],
    ];
    for (const [word, stem] of cases) expect(porterStem(word), word).toBe(stem);
  });

  it('gives inflections of a marketing word one stem', () => {
    expect(new Set(['saturation', 'saturated', 'saturate'].map(porterStem)).size).toBe(1);
    expect(new Set(['campaign', 'campaigns', 'campaigning'].map(porterStem)).size).toBe(1);
  });
});

describe('text features', () => {
  it('drops stopwords and numbers and keeps R² and what-if', () => {
    expect(tokenize('What is the R² of the 2024 what-if?')).toEqual(['r2', 'whatif']);
  });

  it('adds one concept feature for synonyms such as ROAS and return on ad spend', () => {
    expect(textFeatures('ROAS').has('~roi')).toBe(true);
    expect(textFeatures('the return on ad spend').has('~roi')).toBe(true);
    expect(textFeatures('how long does it keep working').has('~carryover')).toBe(true);
    expect(textFeatures('sales without any advertising').has('~baseline')).toBe(true);
  });
});
