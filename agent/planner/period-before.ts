/**
 * "and the quarter before?" after a period: the period one step earlier, said the way the tools
 * read it ("last quarter" → "quarter before last", "q3 2024" → "q2 2024", "2023" → "2022").
 * Undefined when the message asks for no earlier period or the previous one has no step.
 */
export function periodBefore(text: string, previous: unknown): string | undefined {
  const asked =
    /\bthe (quarter|year) (?:before|prior|earlier)\b|\b(?:previous|prior) (quarter|year) to that\b/.exec(
      text,
    );
  if (!asked || typeof previous !== 'string') return undefined;
  const unit = asked[1] ?? asked[2];
  const p = previous.toLowerCase().trim();
  if (new RegExp(`^(?:last|previous|past) ${unit}$`).test(p)) return `${unit} before last`;
  const q = /^q([1-4]) (\d{4})$/.exec(p);
  if (unit === 'quarter' && q) {
    const n = Number(q[1]);
    const y = Number(q[2]);
    return n === 1 ? `q4 ${y - 1}` : `q${n - 1} ${y}`;
  }
  const y = /^(\d{4})$/.exec(p);
  if (unit === 'year' && y) return String(Number(y[1]) - 1);
  return undefined;
}
