import { Matrix, solve } from 'ml-matrix';
import { buildBaseDesign, type Dataset } from '../tools';

/**
 * Channel shares of the KPI from ordinary least squares on the engine's baseline columns and the
 * true media curves (`media[j]`: channel j's response per period at unit coefficient): what
 * estimation would reach if the adstock and saturation were known, so the error left is the data's.
 */
export function trueCurveShares(
  dataset: Dataset,
  media: ArrayLike<number>[],
  kpiTotal: number,
): number[] {
  const columns: ArrayLike<number>[] = [...buildBaseDesign(dataset).columns, ...media];
  const first = columns.length - media.length;
  const X = new Matrix(dataset.kpi.length, columns.length);
  columns.forEach((c, j) => {
    for (let t = 0; t < dataset.kpi.length; t++) X.set(t, j, c[t] as number);
  });
  const coef = solve(X, Matrix.columnVector(dataset.kpi)).to1DArray();
  return media.map((column, j) => {
    let sum = 0;
    for (let t = 0; t < column.length; t++) sum += column[t] as number;
    return ((coef[first + j] as number) * sum) / kpiTotal;
  });
}
