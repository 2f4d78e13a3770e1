/**
 * What every GoTrue handler needs: the supabase_auth_admin pool, the signing settings, the
 * runtime-adjustable behaviour, and small request helpers shared by the endpoints.
 */
import type { Pool } from 'pg';
import type { RefreshFailure } from '../faults.ts';
import type { ApiRequest } from '../http-io.ts';
import type { SigningKeys } from '../signing-keys.ts';
import { parseJsonBody } from '../http-io.ts';
import type { AccessTokenSettings } from './access-tokens.ts';
import type { AuthSettings } from './auth-settings.ts';
import { badRequest } from './errors.ts';
import type { ProviderCodes } from './local-identity-provider.ts';
import type { MailCatcher } from './mail-outbox.ts';
import type { RateLimiter } from './rate-limits.ts';

// The handlers open their transactions through their context, like the rest of what they share.
export { inTransaction } from '../db-transaction.ts';
export type { AuthSettings } from './auth-settings.ts';

export interface GoTrueContext {
  /** Connections logged in as supabase_auth_admin. */
  pool: Pool;
  /** The project's signing keys (GOTRUE_JWT_KEYS): signs access tokens, verifies them. */
  signingKeys: SigningKeys;
  /** `<api url>/auth/v1`, the `iss` of access tokens. */
  issuer: string;
  settings: AuthSettings;
  /** Where mails go instead of SMTP. */
  mail: MailCatcher;
  limits: RateLimiter;
  faults: { accessTokenTtlSeconds: number; refreshFailure: RefreshFailure | null };
  /** The local identity provider's one-time codes (GitHub and Google stand-ins). */
  providerCodes: ProviderCodes;
}

export function tokenSettings(context: GoTrueContext): AccessTokenSettings {
  return {
    sign: (claims) => context.signingKeys.sign(claims, context.settings.jwtAlgorithm),
    issuer: context.issuer,
    ttlSeconds: context.faults.accessTokenTtlSeconds,
  };
}

/** The client's address, the key of GoTrue's per-IP rate limits. */
export function clientAddress(request: ApiRequest): string {
  return request.headers['x-forwarded-for']?.split(',')[0]?.trim() ?? '127.0.0.1';
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
