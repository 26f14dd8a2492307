import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFiles } from './demo-csv';

const DATA = path.resolve(import.meta.dirname, '../../data');

describe('committed demo dataset', () => {
  it('is exactly what the seeded simulator makes (regenerate by writing demoFiles() to data/)', () => {
    const files = demoFiles();
    expect(readFileSync(path.join(DATA, 'demo.csv'), 'utf8')).toBe(files.csv);
    expect(readFileSync(path.join(DATA, 'demo.truth.json'), 'utf8')).toBe(files.truth);
  });

  it('has three years of weekly revenue in millions and spends in tens of thousands', () => {
    const { csv, parsedTruth } = demoFiles();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'date,revenue,tv_spend,social_spend,search_spend,display_spend,radio_spend,price,promo',
    );
    expect(lines).toHaveLength(157);
    expect(parsedTruth.kpiTotal).toBeGreaterThan(1e8);
    expect(parsedTruth.channels.tv_spend?.spend).toBeGreaterThan(156 * 10_000);
  });
});
