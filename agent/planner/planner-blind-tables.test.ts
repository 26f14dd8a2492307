import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { EIGHTEENTH_CASES } from './testing/eighteenth-cases';
import { EIGHTH_CASES } from './testing/eighth-cases';
import { ELEVENTH_CASES } from './testing/eleventh-cases';
import { FIFTH_CASES } from './testing/fifth-cases';
import { FOURTEENTH_CASES } from './testing/fourteenth-cases';
import { NINETEENTH_CASES } from './testing/nineteenth-cases';
import { NINTH_CASES } from './testing/ninth-cases';
import { PEOPLE_DATASET } from './testing/people-cases';
import { checkCase } from './testing/run-case';
import { SEVENTH_CASES } from './testing/seventh-cases';
import { SIXTH_CASES } from './testing/sixth-cases';
import { TENTH_CASES } from './testing/tenth-cases';
import { THIRTEENTH_CASES } from './testing/thirteenth-cases';
import { TWELFTH_CASES } from './testing/twelfth-cases';

const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const passRate = (cases: typeof FIFTH_CASES) =>
  cases.filter((c) => checkCase(planner, c).problems.length === 0).length / cases.length;

describe('offline planner on the tables written blind to it (fifth to fourteenth)', () => {
  it('plans at least 95% of the fifth table right (65.8% before the fixes made on it)', () => {
    expect(FIFTH_CASES.length).toBe(120);
    expect(passRate(FIFTH_CASES)).toBeGreaterThanOrEqual(0.95);
  });

  it('plans at least 97% of the sixth table right (58.2% before the fixes made on it)', () => {
    expect(SIXTH_CASES.length).toBe(110);
    expect(passRate(SIXTH_CASES)).toBeGreaterThanOrEqual(0.97);
  });

  it('plans at least 97% of the seventh table right (74.2% before the fixes made on it)', () => {
    expect(SEVENTH_CASES.length).toBe(120);
    expect(passRate(SEVENTH_CASES)).toBeGreaterThanOrEqual(0.97);
  });

  it('plans at least 97% of the eighth table right (70.8% before the fixes made on it)', () => {
    expect(EIGHTH_CASES.length).toBe(120);
    expect(passRate(EIGHTH_CASES)).toBeGreaterThanOrEqual(0.97);
  });

  it('plans at least 97% of the ninth table right (80.0% before the fixes made on it)', () => {
    expect(NINTH_CASES.length).toBe(120);
    expect(passRate(NINTH_CASES)).toBeGreaterThanOrEqual(0.97);
  });

  it('plans at least 97% of the tenth table right (81.7% before the fixes made on it)', () => {
    expect(TENTH_CASES.length).toBe(120);
    expect(passRate(TENTH_CASES)).toBeGreaterThanOrEqual(0.97);
  });

  it('plans at least 97% of the eleventh table right (75.0% before the fixes made on it)', () => {
    expect(ELEVENTH_CASES.length).toBe(132);
    expect(passRate(ELEVENTH_CASES)).toBeGreaterThanOrEqual(0.97);
  });

  it('plans at least 99% of the twelfth table right, now tuned on (71.4% before the fixes made on it, 68.4% when written)', () => {
    expect(TWELFTH_CASES.length).toBe(133);
    expect(passRate(TWELFTH_CASES)).toBeGreaterThanOrEqual(0.99);
  });

  it('plans at least 99% of the thirteenth table right, now tuned on (63.2% when written, 64.0% before the fixes made on it)', () => {
    expect(THIRTEENTH_CASES.length).toBe(136);
    expect(passRate(THIRTEENTH_CASES)).toBeGreaterThanOrEqual(0.99);
  });

  it('plans at least 94% of the fourteenth table right (78.6% when written blind)', () => {
    expect(FOURTEENTH_CASES.length).toBe(140);
    // 110/140 (78.6%) when written blind; 118/140 (84.3%) after the thirteenth table's fixes,
    // before this table was tuned on; 132/140 (94.3%) after (the eight left differ only in the
    // drivers/contributions label of a right call).
    expect(passRate(FOURTEENTH_CASES)).toBeGreaterThanOrEqual(0.94);
  });

  it('never plans a call whose arguments break the tool schema', () => {
    for (const c of [
      ...FIFTH_CASES,
      ...SIXTH_CASES,
      ...SEVENTH_CASES,
      ...EIGHTH_CASES,
      ...NINTH_CASES,
      ...TENTH_CASES,
      ...ELEVENTH_CASES,
      ...TWELFTH_CASES,
      ...THIRTEENTH_CASES,
      ...FOURTEENTH_CASES,
      ...EIGHTEENTH_CASES,
      ...NINETEENTH_CASES,
    ]) {
      const schema = checkCase(planner, c).problems.filter((p) => p.includes('args invalid'));
      expect(schema).toEqual([]);
    }
  });
});
