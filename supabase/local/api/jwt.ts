/**
 * JSON Web Tokens of a Supabase project: HS256 with the legacy JWT secret (the anon and
 * service_role API keys), and the verification shared by the PostgREST, GoTrue and Realtime halves
 * of the local API, which then word its failures each in their own way. The project's keys (ES256
 * and the legacy secret) are in signing-keys.ts.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { CryptoKey, JWTPayload, JWTHeaderParameters } from 'jose';

/** Claims of a verified token; Supabase tokens carry arbitrary JSON next to the registered claims. */
export type JwtClaims = JWTPayload & Record<string, unknown>;

/** Why a token was refused, in the categories both PostgREST and GoTrue distinguish. */
export type JwtFailure =
  | { kind: 'malformed'; parts: number }
  | { kind: 'bad-signature' }
  | { kind: 'bad-algorithm' }
  | { kind: 'expired' }
  | { kind: 'not-yet-valid' }
  | { kind: 'invalid-claims'; message: string };

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; failure: JwtFailure };

/** A random secret of the length Supabase generates (40 characters). */
export function generateJwtSecret(): string {
  return randomBytes(30).toString('base64url');
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs `claims` with HS256 and `typ: JWT`, like GoTrue and the Supabase dashboard. */
export async function signJwt(claims: JwtClaims, secret: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(keyOf(secret));
}

/**
 * The project's API keys: `{iss: 'supabase', role, iat, exp}`, ten years long, as the keys the
 * Supabase dashboard shows for a project on legacy JWT secrets (the `ref` claim is left out: there
 * is no project ref locally).
 */
export async function createApiKey(
  role: 'anon' | 'service_role',
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  const tenYears = 10 * 365 * 24 * 60 * 60;
  return signJwt({ iss: 'supabase', role, iat: nowSeconds, exp: nowSeconds + tenYears }, secret);
}

/** The key for a token's header, or null when none fits (refused like a bad signature). */
export type KeyForHeader = (header: JWTHeaderParameters) => Uint8Array | CryptoKey | null;

class NoSuitableKey extends Error {}

/**
 * Verifies an HS256 or ES256 token with the key `keyFor` picks. `clockToleranceSeconds` is the
 * leeway on `exp`/`nbf`/`iat`: PostgREST allows 30 s of clock skew, GoTrue (golang-jwt without
 * leeway) none.
 */
export async function verifyJwtWith(
  token: string,
  keyFor: KeyForHeader,
  clockToleranceSeconds: number,
): Promise<JwtCheck> {
  const parts = token.split('.').length;
  if (parts !== 3) return { ok: false, failure: { kind: 'malformed', parts } };
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = keyFor(header);
        if (!key) throw new NoSuitableKey();
        return key;
      },
      { algorithms: ['HS256', 'ES256'], clockTolerance: clockToleranceSeconds },
    );
    return { ok: true, claims: payload };
  } catch (error) {
    return { ok: false, failure: classify(error) };
  }
}

/** Verifies an HS256 token with `secret` only. */
export async function verifyJwt(
  token: string,
  secret: string,
  clockToleranceSeconds: number,
): Promise<JwtCheck> {
  const key = keyOf(secret);
  return verifyJwtWith(
    token,
    (header) => (header.alg === 'HS256' ? key : null),
    clockToleranceSeconds,
  );
}

function classify(error: unknown): JwtFailure {
  if (error instanceof errors.JWTExpired) return { kind: 'expired' };
  if (error instanceof errors.JWSSignatureVerificationFailed) return { kind: 'bad-signature' };
  if (error instanceof errors.JOSEAlgNotAllowed) return { kind: 'bad-algorithm' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return { kind: 'not-yet-valid' };
    return { kind: 'invalid-claims', message: error.message };
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) {
    return { kind: 'malformed', parts: 3 };
  }
  return { kind: 'bad-signature' };
}
