import { describe, expect, it } from 'vitest';
import { regionalScope } from './regional-scope';

describe('regionalScope', () => {
  it.each([
    ['What happens if we pause TV in 10 regions as a geo holdout test?', '10 regions'],
    ['what if we pause TV in 3 markets', '3 markets'],
    ['what if we pause TV in the northeast region', 'the northeast region'],
    ['what if we pause TV in 5 DMAs', '5 DMAs'],
    ['cut TV in the Northeast', 'the Northeast'],
    ['pause TV across a few test markets', 'a few test markets'],
    ['pause TV in 10 of our 50 regions', '10 of our 50 regions'],
    ['cut TV in Q3 in 3 markets', '3 markets'],
    ['pause TV in 4 designated market areas', '4 designated market areas'],
  ])('reads the regions of "%s" as said', (q, regions) => {
    expect(regionalScope(q)).toBe(regions);
  });

  it.each([
    'what if we cut TV by $100k in a holdout test?',
    'cut TV in all regions',
    'cut TV in the US market',
    'what if we cut TV in our markets',
    'cut search in the market by 10%',
    'cut TV in terms of the markets we reach',
    'pause TV, as in the 2024 geo test',
    'what if we pause TV as in the northeast geo test?',
    'cut TV as we did in the regional holdout study',
  ])('reads no part of the market in "%s"', (q) => {
    expect(regionalScope(q)).toBeUndefined();
  });
});
