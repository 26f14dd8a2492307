import { invalid, type LayoutChoice } from '../../tools';

/**
 * The `flighting` of `--even tv` and `--bursts search` (each repeatable): the channels to lay out
 * evenly (always-on) or in regular bursts; `--bursts tv=4` runs bursts of 4 periods on, 4 off
 * instead of the usual cadence, `--bursts tv=3/1` 3 on, 1 off. A channel given both is refused,
 * naming `--bursts`; a cadence that is not whole numbers of periods, at least 1, is refused
 * naming `--bursts` too.
 */
export function layoutFlags(
  even: string[] = [],
  bursts: string[] = [],
): Record<string, LayoutChoice> | undefined {
  const out: Record<string, LayoutChoice> = {};
  for (const c of even) out[c.trim()] = 'even';
  for (const raw of bursts) {
    const eq = raw.indexOf('=');
    const c = (eq >= 0 ? raw.slice(0, eq) : raw).trim();
    if (out[c] === 'even') {
      throw invalid(
        '--bursts',
        `${c} is already laid out evenly by --even; give each channel one layout`,
        'invalid_input',
      );
    }
    if (eq < 0) {
      out[c] = 'bursts';
      continue;
    }
    const length = raw.slice(eq + 1).trim();
    const m = /^(\d+)(?:\/(\d+))?$/.exec(length);
    if (!m || Number(m[1]) < 1 || (m[2] !== undefined && Number(m[2]) < 1)) {
      throw invalid(
        '--bursts',
        `the cadence of ${c} must be whole numbers of periods, at least 1 (as in --bursts ${c}=4 for 4 on and 4 off, or ${c}=3/1 for 3 on and 1 off), got '${length}'`,
        'invalid_input',
      );
    }
    out[c] = {
      layout: 'bursts',
      burst: Number(m[1]),
      ...(m[2] !== undefined ? { off: Number(m[2]) } : {}),
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
