import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack rejects nothing older than this; neither do we (replay protection). */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Verifies Slack's `x-slack-signature` (`v0=` + HMAC-SHA256 of `v0:{timestamp}:{rawBody}` keyed
 * by the signing secret) with a timing-safe comparison, and refuses timestamps more than five
 * minutes away from `nowMs`.
 */
export function verifySlackSignature(input: {
  signingSecret: string;
  rawBody: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  nowMs: number;
}): SignatureCheck {
  const { signingSecret, rawBody, timestamp, signature, nowMs } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d+$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const age = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
  if (age > MAX_REQUEST_AGE_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const expected = Buffer.from(signSlackBody(signingSecret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature mismatch' };
  }
  return { ok: true };
}

/** The `x-slack-signature` value Slack sends for this body and timestamp. */
export function signSlackBody(signingSecret: string, timestamp: string, rawBody: string): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`);
  return `v0=${hmac.digest('hex')}`;
}
