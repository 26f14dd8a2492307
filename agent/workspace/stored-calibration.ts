import type { LiftTestInput } from '../../tools';

const isTest = (value: unknown): value is LiftTestInput => {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.channel === 'string' &&
    typeof t.roi === 'number' &&
    typeof t.sd === 'number' &&
    (t.from === undefined || typeof t.from === 'string') &&
    (t.to === undefined || typeof t.to === 'string')
  );
};

/**
 * The lift tests a model was fitted under, read from its stored settings (a model record's
 * `settings` or a FittedModel's); undefined when it was not calibrated or the value is not a list
 * of lift tests.
 */
export function storedCalibration(
  settings: Record<string, unknown> | null | undefined,
): LiftTestInput[] | undefined {
  const value = settings?.calibration;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isTest)) return undefined;
  return value.map((t) => ({
    channel: t.channel,
    roi: t.roi,
    sd: t.sd,
    ...(t.from !== undefined ? { from: t.from } : {}),
    ...(t.to !== undefined ? { to: t.to } : {}),
  }));
}
