/**
 * Hill saturation: h(x) = x^alpha / (x^alpha + gamma^alpha), with gamma the half-saturation point
 * (h(gamma) = 0.5) in the same units as x. alpha <= 1 is concave; alpha > 1 is S-shaped.
 */
export function hill(x: number, alpha: number, gamma: number): number {
  if (x <= 0) return 0;
  const xa = x ** alpha;
  return xa / (xa + gamma ** alpha);
}

/** dh/dx, the marginal response of one more unit of (adstocked) spend. */
export function hillDerivative(x: number, alpha: number, gamma: number): number {
  if (x <= 0) return alpha === 1 ? 1 / gamma : alpha < 1 ? Number.POSITIVE_INFINITY : 0;
  const xa = x ** alpha;
  const ga = gamma ** alpha;
  return (alpha * ga * xa) / (x * (xa + ga) ** 2);
}
