import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import { DEMO_CTX } from '../testing/demo-results';
import { type RefitShiftView, shiftBullets } from './calibration-text';

const shift = (name: string, share: [number, number], roi: [number, number]): RefitShiftView => ({
  name,
  share: { before: share[0], after: share[1] },
  roi: { before: roi[0], after: roi[1] },
});

describe('where a refit moved the credit', () => {
  it('names the channels whose share or ROI moved, then says the others barely did', () => {
    const shifts = [
      shift('tv_spend', [0.116, 0.089], [2.5, 1.93]),
      shift('search_spend', [0.064, 0.071], [3.26, 3.61]),
      shift('social_spend', [0.059, 0.0595], [2.51, 2.53]),
    ];
    const [line] = shiftBullets(shifts, DEMO_CTX);
    expect(line).toBe(
      "Against the model before the refit: TV's share of revenue went from 11.6% to 8.9% (ROI 2.5 to 1.93) and Search's from 6.4% to 7.1% (ROI 3.26 to 3.61); the others barely moved.",
    );
    expect(checkGrounding(line as string, [shifts]).ungrounded).toEqual([]);
  });

  it('counts an ROI that moved by a tenth even when the share hardly did', () => {
    const [line] = shiftBullets([shift('radio_spend', [0.023, 0.0232], [2.46, 2.1])], DEMO_CTX);
    expect(line).toBe(
      "Against the model before the refit: Radio's share of revenue went from 2.3% to 2.3% (ROI 2.46 to 2.1).",
    );
  });

  it('says when nothing moved, and nothing without a model before', () => {
    expect(shiftBullets([shift('tv_spend', [0.116, 0.117], [2.5, 2.52])], DEMO_CTX)).toEqual([
      "Against the model before the refit, no channel's share of revenue moved by half a point or more, nor its ROI by a tenth.",
    ]);
    expect(shiftBullets(undefined, DEMO_CTX)).toEqual([]);
  });
});
