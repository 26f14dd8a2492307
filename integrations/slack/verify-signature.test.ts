import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSlackBody, verifySlackSignature } from './verify-signature';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fweather&text=94070';

describe('verifySlackSignature', () => {
  it('matches an HMAC-SHA256 of v0:timestamp:body computed independently', () => {
    const expected = `v0=${createHmac('sha256', secret).update(`v0:1531420618:${body}`).digest('hex')}`;
    expect(signSlackBody(secret, '1531420618', body)).toBe(expected);
  });

  it('accepts a fresh, correctly signed body', () => {
    const signature = signSlackBody(secret, '1531420618', body);
    const check = verifySlackSignature({
      signingSecret: secret,
      rawBody: body,
      timestamp: '1531420618',
      signature,
      nowMs: 1531420618_000 + 299_000,
    });
    expect(check).toEqual({ ok: true });
  });

  it('refuses a changed body, a missing header and an old timestamp', () => {
    const signature = signSlackBody(secret, '1531420618', body);
    const base = { signingSecret: secret, timestamp: '1531420618', nowMs: 1531420618_000 };
    expect(verifySlackSignature({ ...base, rawBody: `${body}1`, signature })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
    expect(verifySlackSignature({ ...base, rawBody: body, signature: null }).ok).toBe(false);
    expect(
      verifySlackSignature({ ...base, rawBody: body, signature, nowMs: 1531420618_000 + 301_000 }),
    ).toEqual({ ok: false, reason: 'stale timestamp' });
  });
});
