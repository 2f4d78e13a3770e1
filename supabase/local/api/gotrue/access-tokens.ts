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

/** What the session proved: its level, and how (GoTrue's `aal` and `amr` claims). */
export interface SessionAssurance {
  aal: 'aal1' | 'aal2';
  amr: { method: string; timestamp: number }[];
}

/**
 * The session's assurance as GoTrue reads it when it signs a token: `auth.sessions.aal`, and the
 * methods recorded in auth.mfa_amr_claims (a TOTP verify adds one) after the sign-in's own
 * password entry, newest first as GoTrue sorts them.
 */
export async function sessionAssurance(
  db: Pool | PoolClient,
  grant: SessionGrant,
): Promise<SessionAssurance> {
  const found = await db.query<{ aal: string | null; method: string | null; at: Date | null }>(
    `select s.aal, c.authentication_method as method, c.updated_at as at
     from auth.sessions s left join auth.mfa_amr_claims c on c.session_id = s.id
     where s.id = $1 order by c.updated_at desc nulls last`,
    [grant.sessionId],
  );
  const password = {
    method: 'password',
    timestamp: Math.floor(grant.createdAt.getTime() / 1000),
  };
  const stepped = found.rows
    .filter((row) => row.method && row.at)
    .map((row) => ({ method: row.method!, timestamp: Math.floor(row.at!.getTime() / 1000) }));
  return {
    aal: found.rows[0]?.aal === 'aal2' ? 'aal2' : 'aal1',
    amr: [...stepped, password],
  };
}

export async function issueAccessToken(
  user: UserRow,
  grant: SessionGrant,
  settings: AccessTokenSettings,
  assurance: SessionAssurance,
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
    aal: assurance.aal,
    amr: assurance.amr,
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
  const assurance = await sessionAssurance(db, grant);
  const { token, expiresAt } = await issueAccessToken(user, grant, settings, assurance);
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: settings.ttlSeconds,
    expires_at: expiresAt,
    refresh_token: grant.refreshToken,
    user: await userJson(db, user),
  };
}
