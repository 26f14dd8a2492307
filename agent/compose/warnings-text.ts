import type { ComposeContext } from './composed';
import { andList } from './format';

/**
 * A tool's warning that a plan spends past the data: "tv: the plan spends $X a week, above the
 * most seen in the data ($Y)" (a steady level) or "tv: the plan's busiest week spends $X, above
 * …" (a channel whose spend follows its own pattern of bursts).
 */
const ABOVE =
  /^(\S+): the plan(?:'s busiest (\w+))? spends (.+?)(?: a (\w+))?, above the most seen in the data \((.+?)\)/;

/**
 * A what-if's or an optimizer's warnings as caveats: the extrapolation warnings condensed into
 * one line (each channel with what the plan spends against the most the data saw, or only the
 * channels when there are many), other warnings as they are, at most two.
 */
export function warningBullets(warnings: unknown, ctx: ComposeContext): string[] {
  const list = Array.isArray(warnings)
    ? warnings.filter((w): w is string => typeof w === 'string')
    : [];
  const above = list.flatMap((w) => {
    const m = ABOVE.exec(w);
    if (!m) return [];
    const unit = (m[2] ?? m[4]) as string;
    // "$343k in its busiest week" or "$40k a week".
    const plan = m[2] ? `${m[3]} in its busiest ${unit}` : `${m[3]} a ${unit}`;
    return [{ channel: ctx.label(m[1] as string), plan, unit, most: m[5] }];
  });
  const out: string[] = [];
  const [one] = above;
  if (above.length === 1 && one) {
    out.push(
      `Caution: the plan spends ${one.plan} on ${one.channel}, above the most seen in the data (${one.most}); the model extrapolates there, so treat that part with caution.`,
    );
  } else if (above.length > 1) {
    const detail =
      above.length <= 3
        ? andList(above.map((a) => `${a.channel} (${a.plan}; at most ${a.most} in the data)`))
        : andList(above.map((a) => a.channel));
    out.push(
      `Caution: the plan spends more a ${one?.unit ?? ctx.unit.replace(/s$/, '')} on ${detail} than the data ever saw; the model extrapolates there, so treat those parts with caution or cap them.`,
    );
  }
  out.push(
    ...list
      .filter((w) => !ABOVE.test(w))
      .slice(0, 2)
      .map((w) => `Caution: ${w}`),
  );
  return out;
}
