import {
  type Check,
  isMatcherObject,
  type Matcher,
  type NumberExpr,
} from '../suite/matcher-schema';
import { MISSING, type Resolved, resolvePath } from './json-path';

/** The outcome of one check: `ok`, and when not, one line saying what was expected and found. */
export interface CheckOutcome {
  ok: boolean;
  message?: string;
}

/** Short text of a value for failure messages. */
export function show(value: Resolved): string {
  if (value === MISSING) return 'nothing';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toPrecision(8).replace(/\.?0+$/, '');
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Evaluates `{ ref, times, plus, minus }` against `root`; undefined when a path is missing. */
export function evalExpr(expr: NumberExpr, root: unknown): number | undefined {
  if (typeof expr === 'number') return expr;
  const base = resolvePath(root, expr.ref);
  if (typeof base !== 'number') return undefined;
  let value = base * (expr.times ?? 1);
  if (expr.plus !== undefined) {
    const p = evalExpr(expr.plus, root);
    if (p === undefined) return undefined;
    value += p;
  }
  if (expr.minus !== undefined) {
    const m = evalExpr(expr.minus, root);
    if (m === undefined) return undefined;
    value -= m;
  }
  return value;
}

function isRef(v: unknown): v is NumberExpr {
  return v !== null && typeof v === 'object' && typeof (v as { ref?: unknown }).ref === 'string';
}

function near(actual: number, expected: number, m: Matcher): boolean {
  const a = m.abs ? Math.abs(actual) : actual;
  const e = m.abs ? Math.abs(expected) : expected;
  const slack = (m.tolerance ?? 0) + (m.rel ?? 0) * Math.abs(e) + 1e-9 * Math.max(1, Math.abs(e));
  return Math.abs(a - e) <= slack;
}

/** Deep equality; numbers compare within the matcher's tolerance, strings case-sensitively. */
export function deepEqual(actual: unknown, expected: unknown, m: Matcher = {}): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return near(actual, expected, m);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => deepEqual(actual[i], e, m))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const ek = Object.keys(expected);
    const ak = Object.keys(actual);
    return (
      ek.length === ak.length &&
      ek.every((k) =>
        deepEqual(
          (actual as Record<string, unknown>)[k],
          (expected as Record<string, unknown>)[k],
          m,
        ),
      )
    );
  }
  return actual === expected;
}

/**
 * Partial match: every key of an expected object must match (recursively), arrays match item by
 * item up to the expected length, a scalar is also matched by an array containing it.
 */
export function subsetMatch(actual: unknown, expected: unknown, m: Matcher = {}): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length < expected.length) return false;
    return expected.every((e, i) => subsetMatch(actual[i], e, m));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, e]) =>
      subsetMatch((actual as Record<string, unknown>)[k], e, m),
    );
  }
  if (Array.isArray(actual) && !Array.isArray(expected))
    return actual.some((a) => subsetMatch(a, expected, m));
  return deepEqual(actual, expected, m);
}

function regexOf(pattern: string): RegExp {
  return new RegExp(pattern, 'i');
}

/** Applies a matcher to a value; `root` is where `{ ref }` expressions are resolved. */
export function applyMatcher(value: Resolved, m: Matcher, root: unknown): CheckOutcome {
  const fail = (expected: string): CheckOutcome => ({
    ok: false,
    message: `expected ${expected}, got ${show(value)}`,
  });
  if (m.exists !== undefined) {
    const present = value !== MISSING && value !== null;
    if (present !== m.exists) return fail(m.exists ? 'a value' : 'nothing');
  }
  if (m.equals !== undefined) {
    if (isRef(m.equals)) {
      const target = evalExpr(m.equals, root);
      if (target === undefined)
        return fail(`a number equal to ${JSON.stringify(m.equals)} (path missing)`);
      if (typeof value !== 'number' || !near(value, target, m)) return fail(show(target));
    } else if (value === MISSING || !deepEqual(value, m.equals, m)) return fail(show(m.equals));
  }
  for (const [key, bound] of [
    ['min', m.min],
    ['max', m.max],
  ] as const) {
    if (bound === undefined) continue;
    const limit = evalExpr(bound, root);
    if (limit === undefined) return fail(`${key} ${JSON.stringify(bound)} (path missing)`);
    if (typeof value !== 'number')
      return fail(`a number ${key === 'min' ? '>=' : '<='} ${show(limit)}`);
    const v = m.abs ? Math.abs(value) : value;
    const slack = m.tolerance ?? 0;
    if (key === 'min' ? v < limit - slack : v > limit + slack)
      return fail(`${key === 'min' ? '>=' : '<='} ${show(limit)}`);
  }
  if (m.regex !== undefined) {
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    const items = Array.isArray(value) ? value.map(String) : text === undefined ? [] : [text];
    if (!items.some((t) => regexOf(m.regex as string).test(t)))
      return fail(`text matching /${m.regex}/i`);
  }
  if (m.subset !== undefined && (value === MISSING || !subsetMatch(value, m.subset, m)))
    return fail(`a superset of ${show(m.subset)}`);
  if (m.one_of !== undefined && !m.one_of.some((o) => value !== MISSING && deepEqual(value, o, m)))
    return fail(`one of ${show(m.one_of)}`);
  if (m.contains !== undefined) {
    const ok =
      typeof value === 'string'
        ? typeof m.contains === 'string' && value.toLowerCase().includes(m.contains.toLowerCase())
        : Array.isArray(value) &&
          value.some((v) =>
            isMatcherObject(m.contains)
              ? applyMatcher(v, m.contains as Matcher, root).ok
              : subsetMatch(v, m.contains, m),
          );
    if (!ok) return fail(`something containing ${show(m.contains)}`);
  }
  if (m.length !== undefined) {
    const n = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
    const { min, max } = typeof m.length === 'number' ? { min: m.length, max: m.length } : m.length;
    if (n === undefined || (min !== undefined && n < min) || (max !== undefined && n > max))
      return fail(`length ${JSON.stringify(m.length)}`);
  }
  return { ok: true };
}

/** Runs one check against `root`; the message starts with the path. */
export function evaluateCheck(root: unknown, check: Check): CheckOutcome {
  let value: Resolved;
  try {
    value = resolvePath(root, check.path);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { path, ...matcher } = check;
  const outcome = applyMatcher(value, matcher, root);
  return outcome.ok ? outcome : { ok: false, message: `${path || '$'}: ${outcome.message}` };
}
