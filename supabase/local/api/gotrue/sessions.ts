/**
 * Sessions and refresh tokens in auth.sessions / auth.refresh_tokens, with GoTrue's rotation
 * rules (supabase/auth internal/api/token_refresh.go): each refresh revokes the token used and
 * issues its child; re-presenting the parent of the session's active token returns that active
 * token again (a client that lost the last response); any other revoked token is refused with
 * `refresh_token_already_used` once the reuse interval has passed, and then the whole session's
 * token family is revoked.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { badRequest } from './errors.ts';
import type { GoTrueError } from './errors.ts';

export interface SessionGrant {
  sessionId: string;
  refreshToken: string;
  /** When the session began: its `amr` timestamp. */
  createdAt: Date;
}

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** GoTrue's refresh tokens are 12 random lower-case alphanumerics. */
function newRefreshToken(): string {
  let token = '';
  for (let index = 0; index < 12; index++)
    token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return token;
}

async function insertRefreshToken(
  client: PoolClient,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<string> {
  const token = newRefreshToken();
  await client.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at,
       parent, session_id)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
    [token, userId, parent, sessionId],
  );
  return token;
}

export async function createSession(
  client: PoolClient,
  userId: string,
  userAgent: string | null,
): Promise<SessionGrant> {
  const sessionId = randomUUID();
  const created = await client.query<{ created_at: Date }>(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent)
     values ($1, $2, now(), now(), 'aal1', $3) returning created_at`,
    [sessionId, userId, userAgent],
  );
  const refreshToken = await insertRefreshToken(client, userId, sessionId, null);
  return { sessionId, refreshToken, createdAt: created.rows[0]!.created_at };
}

interface TokenRow {
  token: string;
  user_id: string;
  revoked: boolean;
  updated_at: Date;
  session_id: string | null;
  session_created_at: Date | null;
  expired: boolean;
}

/**
 * Rotates `token` inside the caller's transaction and returns the grant to answer with. Throws
 * GoTrue's errors; a refused reuse throws only after revoking the family, so the caller must
 * commit even then (GoTrue's storage.NewCommitWithError).
 */
export async function rotateRefreshToken(
  client: PoolClient,
  token: string,
  reuseIntervalSeconds: number,
  userAgent: string | null,
): Promise<{ userId: string; grant: SessionGrant } | { commitThenThrow: GoTrueError }> {
  const found = await client.query<TokenRow>(
    `select t.token, t.user_id, t.revoked, t.updated_at, t.session_id,
            s.created_at as session_created_at,
            now() > t.updated_at + make_interval(secs => $2) as expired
     from auth.refresh_tokens t left join auth.sessions s on s.id = t.session_id
     where t.token = $1 for update of t`,
    [token, reuseIntervalSeconds],
  );
  const row = found.rows[0];
  if (!row)
    throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  if (!row.session_id || !row.session_created_at) {
    throw badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found');
  }
  const sessionId = row.session_id;
  let issued: string | null = null;
  if (row.revoked) {
    const active = await client.query<{ token: string; parent: string | null }>(
      `select token, parent from auth.refresh_tokens
       where session_id = $1 and revoked = false order by id desc limit 1`,
      [sessionId],
    );
    if (active.rows[0]?.parent === row.token) {
      issued = active.rows[0].token;
    } else if (row.expired) {
      await client.query(
        `update auth.refresh_tokens set revoked = true, updated_at = now()
         where session_id = $1 and revoked = false`,
        [sessionId],
      );
      return {
        commitThenThrow: badRequest(
          'refresh_token_already_used',
          'Invalid Refresh Token: Already Used',
        ),
      };
    }
  }
  if (issued === null) {
    await client.query(
      `update auth.refresh_tokens set revoked = true, updated_at = now() where token = $1`,
      [row.token],
    );
    issued = await insertRefreshToken(client, row.user_id, sessionId, row.token);
  }
  await client.query(
    `update auth.sessions set refreshed_at = now() at time zone 'utc', updated_at = now(),
       user_agent = $2 where id = $1`,
    [sessionId, userAgent],
  );
  return {
    userId: row.user_id,
    grant: { sessionId, refreshToken: issued, createdAt: row.session_created_at },
  };
}

export async function sessionExists(db: Pool | PoolClient, sessionId: string): Promise<boolean> {
  const result = await db.query(`select 1 from auth.sessions where id = $1`, [sessionId]);
  return (result.rowCount ?? 0) > 0;
}

export type LogoutScope = 'global' | 'local' | 'others';

/** GoTrue's logout: deletes sessions (and so their refresh tokens) by scope. */
export async function logout(
  client: PoolClient,
  userId: string,
  sessionId: string | null,
  scope: LogoutScope,
): Promise<void> {
  let where = 'user_id = $1';
  const params: string[] = [userId];
  if (sessionId !== null && scope === 'local') {
    where = 'id = $1';
    params[0] = sessionId;
  } else if (sessionId !== null && scope === 'others') {
    where = 'user_id = $1 and id <> $2';
    params.push(sessionId);
  }
  await client.query(
    `delete from auth.refresh_tokens where session_id in (select id from auth.sessions where ${where})`,
    params,
  );
  await client.query(`delete from auth.sessions where ${where}`, params);
}

/** Session rows use uuids; anything else in a claim can never match one. */
export function isUuid(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}
