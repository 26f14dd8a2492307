import type { FittedModel } from '../model/model-types';

/** One channel before and after a refit: its share of the KPI and its ROI over the data. */
export interface RefitShift {
  name: string;
  share: { before: number; after: number };
  roi: { before: number; after: number };
}

/**
 * How a refit (a lift test calibrating one channel, say) moved every channel's share and ROI
 * against the model in use before it: credit a test takes from or gives to one channel moves
 * through the others and the baseline, and a reader should see where it went. Channels of the
 * new model only, in its order; a channel the old model did not have is left out.
 */
export function refitShifts(before: FittedModel, after: FittedModel): RefitShift[] {
  const old = new Map(before.channels.map((c) => [c.name, c]));
  return after.channels.flatMap((c) => {
    const b = old.get(c.name);
    return b
      ? [
          {
            name: c.name,
            share: { before: b.share, after: c.share },
            roi: { before: b.roi, after: c.roi },
          },
        ]
      : [];
  });
}
