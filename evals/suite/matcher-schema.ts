import { z } from 'zod';
import { readableReason } from '../../tools';

/**
 * A number computed from another path of the same value: `{ ref: 'reference.spend.tv_spend',
 * times: 0.8 }`, optionally `plus`/`minus` another expression.
 */
export interface RefExpr {
  ref: string;
  times?: number;
  plus?: NumberExpr;
  minus?: NumberExpr;
}
/** A literal number or a reference expression. */
export type NumberExpr = number | RefExpr;

export const refExprSchema: z.ZodType<RefExpr> = z.lazy(() =>
  z.strictObject({
    ref: z.string().min(1),
    times: z.number().optional(),
    plus: numberExprSchema.optional(),
    minus: numberExprSchema.optional(),
  }),
);
export const numberExprSchema: z.ZodType<NumberExpr> = z.lazy(() =>
  z.union([z.number(), refExprSchema]),
);

/** Keys that make an object a matcher rather than a literal value. */
export const MATCHER_KEYS = [
  'equals',
  'tolerance',
  'rel',
  'min',
  'max',
  'regex',
  'subset',
  'one_of',
  'exists',
  'contains',
  'length',
  'abs',
] as const;

/**
 * How a value is checked. Every given key must hold. `equals` is deep equality (numbers within
 * `tolerance`/`rel`, or a `{ ref }` expression); `min`/`max` bound numbers; `regex` matches text
 * case-insensitively (numbers are matched as text too); `subset` matches objects and arrays
 * partially; `contains` finds an item in an array (as a subset) or text in a string.
 */
export const matcherSchema = z.strictObject({
  equals: z.unknown().optional(),
  tolerance: z.number().nonnegative().optional(),
  rel: z.number().nonnegative().optional(),
  min: numberExprSchema.optional(),
  max: numberExprSchema.optional(),
  regex: z.string().optional(),
  subset: z.unknown().optional(),
  one_of: z.array(z.unknown()).min(1).optional(),
  exists: z.boolean().optional(),
  contains: z.unknown().optional(),
  length: z
    .union([
      z.number().int().nonnegative(),
      z.strictObject({ min: z.number().optional(), max: z.number().optional() }),
    ])
    .optional(),
  abs: z.boolean().optional(),
});
export type Matcher = z.infer<typeof matcherSchema>;

/** A matcher applied to the value at `path`. */
export const checkSchema = matcherSchema.extend({ path: z.string() });
export type Check = z.infer<typeof checkSchema>;

/** True for an object made only of matcher keys (`{ regex: '^tv' }`), as opposed to a literal. */
export function isMatcherObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (MATCHER_KEYS as readonly string[]).includes(k));
}

/**
 * Checks written either as a list (`[{ path, ...matcher }]`) or as a map from path to a literal
 * (exact match), a matcher object, or any other object/array (matched as a subset).
 */
export const checksSchema = z.union([
  z.array(checkSchema),
  z.record(z.string(), z.unknown()).transform((map, ctx): Check[] => {
    const out: Check[] = [];
    for (const [path, v] of Object.entries(map)) {
      const candidate = isMatcherObject(v)
        ? v
        : v !== null && typeof v === 'object'
          ? { subset: v }
          : { equals: v };
      const parsed = matcherSchema.safeParse(candidate, { error: readableReason });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: [path, ...issue.path] });
        continue;
      }
      out.push({ path, ...parsed.data });
    }
    return out;
  }),
]);
