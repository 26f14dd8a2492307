import { invalid } from '../../tools';

/**
 * A comma-separated option value as its items (`"tv, social"` → `['tv', 'social']`), undefined
 * when the option is absent. An option given with nothing in it (`--channels ""`) is refused
 * naming the option, unless `emptyMeans` says what an empty list stands for (e.g. "no controls").
 */
export function commaList(
  option: string,
  value: string | undefined,
  example: string,
  emptyMeans?: 'none',
): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0 && emptyMeans === undefined) {
    throw invalid(
      option,
      `is empty; give names separated by commas, e.g. ${option} ${example}, or leave the option out`,
      'invalid_input',
    );
  }
  return items;
}
