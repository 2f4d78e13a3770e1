/**
 * What every GoTrue handler needs: the supabase_auth_admin pool, the signing settings, the
 * runtime-adjustable behaviour, and small request helpers shared by the endpoints.
 */
import type { Pool } from 'pg';
import type { RefreshFailure } from '../faults.ts';
import type { ApiRequest } from '../http-io.ts';
import type { JwtAlgorithm, SigningKeys } from '../signing-keys.ts';
import { parseJsonBody } from '../http-io.ts';
import type { AccessTokenSettings } from './access-tokens.ts';
import { badRequest } from './errors.ts';

// The handlers open their transactions through their context, like the rest of what they share.
export { inTransaction } from '../db-transaction.ts';

/** GoTrue configuration a test may change at runtime. */
export interface AuthSettings {
  /** GOTRUE_MAILER_AUTOCONFIRM: sign-ups get a session at once (the local default). */
  autoconfirm: boolean;
  /** GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL (hosted default: 10 seconds). */
  refreshTokenReuseIntervalSeconds: number;
  /** The current signing key's algorithm: ES256 (new hosted projects, the default) or HS256. */
  jwtAlgorithm: JwtAlgorithm;
}

export interface GoTrueContext {
  /** Connections logged in as supabase_auth_admin. */
  pool: Pool;
  /** The project's signing keys (GOTRUE_JWT_KEYS): signs access tokens, verifies them. */
  signingKeys: SigningKeys;
  /** `<api url>/auth/v1`, the `iss` of access tokens. */
  issuer: string;
  settings: AuthSettings;
  faults: { accessTokenTtlSeconds: number; refreshFailure: RefreshFailure | null };
}

export function tokenSettings(context: GoTrueContext): AccessTokenSettings {
  return {
    sign: (claims) => context.signingKeys.sign(claims, context.settings.jwtAlgorithm),
    issuer: context.issuer,
    ttlSeconds: context.faults.accessTokenTtlSeconds,
  };
}

/** GoTrue's retrieveRequestParams: a JSON object body, or 400 bad_json. */
export function readParams(request: ApiRequest): Record<string, unknown> {
  let body: unknown;
  try {
    body = parseJsonBody(request);
  } catch (error) {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: ${error instanceof Error ? error.message : 'invalid'}`,
    );
  }
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('bad_json', 'Could not parse request body as JSON: expected an object');
  }
  return body as Record<string, unknown>;
}

export function stringParam(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

export function objectParam(
  params: Record<string, unknown>,
  name: string,
): Record<string, unknown> {
  const value = params[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
