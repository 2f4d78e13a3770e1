/**
 * The project's JWT signing keys, as a new hosted project has them: an asymmetric ES256 key (P-256,
 * with a `kid`) that signs access tokens and whose public half GoTrue publishes at
 * `/auth/v1/.well-known/jwks.json`, and the legacy HS256 JWT secret, which still verifies the
 * legacy anon/service_role keys and, when a test switches `jwtAlgorithm` to HS256, signs tokens as
 * an older project does. PostgREST, Realtime and GoTrue verify with both (PostgREST takes a JWKS
 * as its jwt-secret; GoTrue's GOTRUE_JWT_KEYS; Realtime's JWT_JWKS), picking the key by `alg` and
 * `kid` as GoTrue does in internal/api/jwks.go and PostgREST in src/PostgREST/Auth.hs.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import type { JwtCheck, JwtClaims } from './jwt.ts';
import { verifyJwtWith } from './jwt.ts';

export type JwtAlgorithm = 'ES256' | 'HS256';

export interface SigningKeys {
  /** The legacy HS256 JWT secret. */
  readonly jwtSecret: string;
  /** The ES256 key's id, in the header of every token it signs and in the JWKS. */
  readonly kid: string;
  /** `{keys: [...]}` with public keys only, as GoTrue's JWKS endpoint answers. */
  jwks(): { keys: JWK[] };
  sign(claims: JwtClaims, algorithm: JwtAlgorithm): Promise<string>;
  /** Verifies an ES256 token by its `kid`, or an HS256 one with the legacy secret. */
  verify(token: string, clockToleranceSeconds: number): Promise<JwtCheck>;
}

/** A new ES256 private key as a JWK with its `kid`, for a stack that keeps its key between runs. */
export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: 'ES256', kid: randomUUID() };
}

/** The project's keys; `privateJwk` (from generateSigningJwk) keeps the ES256 key, else a new one. */
export async function createSigningKeys(jwtSecret: string, privateJwk?: JWK): Promise<SigningKeys> {
  const jwk = privateJwk ?? (await generateSigningJwk());
  const privateKey = (await importJWK(jwk, 'ES256')) as CryptoKey;
  const { d: _private, ...publicPart } = jwk;
  const publicKey = (await importJWK({ ...publicPart, key_ops: ['verify'] }, 'ES256')) as CryptoKey;
  const kid = jwk.kid ?? randomUUID();
  const exported = publicPart;
  // The fields GoTrue's JWKS carries for an EC key (only the public point: x, y).
  const publicJwk: JWK = {
    alg: 'ES256',
    crv: exported.crv!,
    ext: true,
    key_ops: ['verify'],
    kid,
    kty: 'EC',
    use: 'sig',
    x: exported.x!,
    y: exported.y!,
  };
  const secretKey = new TextEncoder().encode(jwtSecret);
  return {
    jwtSecret,
    kid,
    jwks: () => ({ keys: [{ ...publicJwk, key_ops: [...publicJwk.key_ops!] }] }),
    sign(claims, algorithm) {
      if (algorithm === 'HS256') {
        return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secretKey);
      }
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
        .sign(privateKey);
    },
    verify(token, clockToleranceSeconds) {
      return verifyJwtWith(
        token,
        (header) => {
          if (header.alg === 'HS256') return secretKey;
          // A token naming another kid (or none) finds no key, as with a JWKS lookup.
          if (header.alg === 'ES256' && header.kid === kid) return publicKey;
          return null;
        },
        clockToleranceSeconds,
      );
    },
  };
}
