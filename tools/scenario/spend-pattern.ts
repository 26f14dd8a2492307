/**
 * How a channel's horizon spend is laid out over the horizon's periods: the shape of its last
 * horizon-length window of data, scaled to the plan's total (as Meridian's optimizer scales
 * historical flighting). A channel run in bursts keeps its bursts: TV off in 85 of 156 weeks is
 * not planned as a steady level it never ran at. Even when the data are shorter than the horizon
 * or the channel spent nothing in the window. Fractions per period, summing to 1.
 */
export function spendPattern(history: ArrayLike<number>, periods: number): Float64Array {
  const pattern = new Float64Array(periods);
  let sum = 0;
  if (history.length >= periods) {
    for (let i = 0; i < periods; i++) {
      const v = history[history.length - periods + i] as number;
      pattern[i] = v;
      sum += v;
    }
  }
  if (!(sum > 0)) return pattern.fill(1 / periods);
  for (let i = 0; i < periods; i++) pattern[i] = (pattern[i] as number) / sum;
  return pattern;
}
