import { invalid, type Layout } from '../../tools';

/**
 * The `flighting` of `--even tv` and `--bursts search` (each repeatable): the channels to lay out
 * evenly (always-on) or in regular bursts. A channel given both is refused, naming `--bursts`.
 */
export function layoutFlags(
  even: string[] = [],
  bursts: string[] = [],
): Record<string, Layout> | undefined {
  const out: Record<string, Layout> = {};
  for (const c of even) out[c.trim()] = 'even';
  for (const raw of bursts) {
    const c = raw.trim();
    if (out[c] === 'even') {
      throw invalid(
        '--bursts',
        `${c} is already laid out evenly by --even; give each channel one layout`,
        'invalid_input',
      );
    }
    out[c] = 'bursts';
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
