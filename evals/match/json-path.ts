/**
 * Paths into JSON values as suites write them: `changes[0].percent`, `scenario.spend.tv_spend`,
 * `$` (or an empty path) for the whole value, `['key.with.dots']` for odd keys, and two
 * functions over objects and arrays: `sum(scenario.spend)` and `len(changes)`.
 */

/** One step of a path: an object key or an array index. */
export type PathStep = string | number;

/** Sentinel for "nothing at this path", distinct from a stored `undefined` or `null`. */
export const MISSING: unique symbol = Symbol('missing');
export type Resolved = unknown | typeof MISSING;

const STEP_RE = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[['"]([^'"]*)['"]\]/y;

/** Splits a path into steps; throws with the position of the first character it cannot read. */
export function parsePath(path: string): PathStep[] {
  const text = path.trim();
  if (text === '' || text === '$') return [];
  const body = text.startsWith('$.') ? text.slice(2) : text.startsWith('$[') ? text.slice(1) : text;
  const steps: PathStep[] = [];
  STEP_RE.lastIndex = 0;
  while (STEP_RE.lastIndex < body.length) {
    const at = STEP_RE.lastIndex;
    const m = STEP_RE.exec(body);
    if (!m || m.index !== at) throw new Error(`cannot read path '${path}' at character ${at + 1}`);
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(m[3] ?? '');
  }
  return steps;
}

function walk(value: unknown, steps: PathStep[]): Resolved {
  let current: unknown = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return MISSING;
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return MISSING;
      current = current[step];
    } else {
      if (!Object.hasOwn(current, step)) return MISSING;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}

function values(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return Object.values(v);
  return undefined;
}

/** The value at `path` in `root`, or `MISSING`. `sum(p)` adds numbers; `len(p)` counts items. */
export function resolvePath(root: unknown, path: string): Resolved {
  const fn = path.trim().match(/^(sum|len)\((.*)\)$/);
  if (!fn) return walk(root, parsePath(path));
  const inner = resolvePath(root, fn[2] as string);
  const items = inner === MISSING ? undefined : values(inner);
  if (!items) return MISSING;
  if (fn[1] === 'len') return items.length;
  let total = 0;
  for (const item of items) {
    if (typeof item !== 'number') return MISSING;
    total += item;
  }
  return total;
}
