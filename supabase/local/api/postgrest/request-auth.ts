/**
 * PostgREST's authentication step: the Bearer token decides the database role a request runs as
 * (`anon` without one), and a token that cannot be trusted is refused before any SQL runs.
 * Messages and headers from PostgREST's JwtError (src/PostgREST/Error.hs, v13).
 */
import type { ApiRequest } from '../http-io.ts';
import type { JwtClaims, JwtFailure } from '../jwt.ts';
import type { SigningKeys } from '../signing-keys.ts';
import { pgrstError } from './errors.ts';
import type { PostgrestHttpError } from './errors.ts';

/** PostgREST allows 30 seconds of clock skew on exp, nbf and iat. */
const ALLOWED_SKEW_SECONDS = 30;
export const ANON_ROLE = 'anon';

export interface RequestIdentity {
  role: string;
  claims: JwtClaims;
  /** True when the role is not the anonymous one: decides 401 vs 403 for 42501. */
  authed: boolean;
}

function invalidToken(code: string, message: string, details: string | null = null) {
  return pgrstError(401, code, message, details, null, {
    'www-authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(message)}`,
  });
}

function failureError(failure: JwtFailure): PostgrestHttpError {
  switch (failure.kind) {
    case 'malformed':
      return invalidToken('PGRST301', `Expected 3 parts in JWT; got ${failure.parts}`);
    case 'bad-algorithm':
      return invalidToken('PGRST301', 'Wrong or unsupported encoding algorithm');
    case 'bad-signature':
      return invalidToken(
        'PGRST301',
        'No suitable key or wrong key type',
        'None of the keys was able to decode the JWT',
      );
    case 'expired':
      return invalidToken('PGRST303', 'JWT expired');
    case 'not-yet-valid':
      return invalidToken('PGRST303', 'JWT not yet valid');
    case 'invalid-claims':
      return invalidToken('PGRST303', 'Parsing claims failed');
  }
}

/** Resolves the role and claims of a request, or throws PostgREST's 401. */
export async function identifyRequest(
  request: ApiRequest,
  signingKeys: SigningKeys,
): Promise<RequestIdentity> {
  const header = request.headers['authorization'];
  if (header === undefined) {
    return { role: ANON_ROLE, claims: { role: ANON_ROLE }, authed: false };
  }
  const match = /^bearer\s*(.*)$/i.exec(header);
  const token = match ? match[1]!.trim() : '';
  if (token === '') {
    throw invalidToken('PGRST301', 'Empty JWT is sent in Authorization header');
  }
  const check = await signingKeys.verify(token, ALLOWED_SKEW_SECONDS);
  if (!check.ok) throw failureError(check.failure);
  const role = typeof check.claims.role === 'string' ? check.claims.role : ANON_ROLE;
  return { role, claims: check.claims, authed: role !== ANON_ROLE };
}
