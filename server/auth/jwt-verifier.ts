import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { MixPilotError } from '../../tools';

/** What a verified token says about the caller. */
export interface TokenClaims {
  subject: string;
  /** From the `workspace` claim, else `ws`; undefined when the token names none. */
  workspaceId: string | undefined;
}

/** Verifies a JWT bearer token: signature, `exp` and `nbf` (with 5 s of clock tolerance). */
export type JwtVerifier = (token: string) => Promise<TokenClaims>;

const unauthorized = (message: string) => new MixPilotError('unauthorized', message);

/**
 * Builds the verifier from an HS256 secret and/or a JWKS URL (asymmetric keys, fetched and cached
 * by jose). Undefined when neither is configured.
 */
export function createJwtVerifier(options: {
  secret?: string;
  jwksUrl?: string;
}): JwtVerifier | undefined {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : undefined;
  if (!secret && !jwks) return undefined;
  return async (token) => {
    let payload: JWTPayload;
    try {
      const header = JSON.parse(
        Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'),
      ) as { alg?: unknown };
      const symmetric = header.alg === 'HS256';
      if (symmetric && !secret) throw unauthorized('HS256 tokens are not accepted here');
      if (!symmetric && !jwks) throw unauthorized('only HS256 tokens are accepted here');
      const result = symmetric
        ? await jwtVerify(token, secret as Uint8Array, { algorithms: ['HS256'], clockTolerance: 5 })
        : await jwtVerify(token, jwks as JWTVerifyGetKey, { clockTolerance: 5 });
      payload = result.payload;
    } catch (error) {
      if (error instanceof MixPilotError) throw error;
      if (error instanceof errors.JWTExpired) throw unauthorized('the token has expired');
      if (error instanceof errors.JWTClaimValidationFailed)
        throw unauthorized(`the token is not valid yet or has a bad claim (${error.claim})`);
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWSSignatureVerificationFailed
      )
        throw unauthorized('the token signature does not verify');
      if (error instanceof errors.JOSEError && error.code.startsWith('ERR_JWKS'))
        throw new MixPilotError('upstream', 'the token keys (JWKS) could not be fetched', {
          cause: error,
        });
      throw unauthorized('the token is malformed or not signed with an accepted key');
    }
    const claim = payload.workspace ?? payload.ws;
    return {
      subject: typeof payload.sub === 'string' ? payload.sub : 'token',
      workspaceId: typeof claim === 'string' && claim !== '' ? claim : undefined,
    };
  };
}
