/**
 * Access tokens and the session JSON GoTrue answers sign-ups, sign-ins and refreshes with
 * (AccessTokenResponse). Claims as GoTrue's AccessTokenClaims; `iss` is `<api url>/auth/v1`.
 */
import type { Pool, PoolClient } from 'pg';
import type { JwtClaims } from '../jwt.ts';
import type { SessionGrant } from './sessions.ts';
import type { UserRow } from './users.ts';
import { userJson } from './users.ts';

export interface AccessTokenSettings {
  /** Signs with the project's current key: ES256 with a `kid`, or HS256 on an older project. */
  sign: (claims: JwtClaims) => Promise<string>;
  /** `<api url>/auth/v1`. */
  issuer: string;
  ttlSeconds: number;
}

export async function issueAccessToken(
  user: UserRow,
  grant: SessionGrant,
  settings: AccessTokenSettings,
): Promise<{ token: string; expiresAt: number }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + settings.ttlSeconds;
  const token = await settings.sign({
    iss: settings.issuer,
    sub: user.id,
    aud: user.aud,
    exp: expiresAt,
    iat: issuedAt,
    email: user.email,
    phone: user.phone ?? '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role,
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: Math.floor(grant.createdAt.getTime() / 1000) }],
    session_id: grant.sessionId,
    is_anonymous: user.is_anonymous,
  });
  return { token, expiresAt };
}

/** `{access_token, token_type, expires_in, expires_at, refresh_token, user}`. */
export async function sessionJson(
  db: Pool | PoolClient,
  user: UserRow,
  grant: SessionGrant,
  settings: AccessTokenSettings,
): Promise<Record<string, unknown>> {
  const { token, expiresAt } = await issueAccessToken(user, grant, settings);
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: settings.ttlSeconds,
    expires_at: expiresAt,
    refresh_token: grant.refreshToken,
    user: await userJson(db, user),
  };
}
