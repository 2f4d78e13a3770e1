/**
 * PKCE flow state in auth.flow_state (supabase/auth internal/models/flow_state.go and
 * internal/api/pkce.go): a sign-up, recovery or e-mail change sent with `code_challenge` keeps the
 * challenge here; `/verify` then hands out the row's auth code (issueAuthCode), and
 * `/token?grant_type=pkce` spends it once against the verifier (VerifyPKCE, then the row is
 * destroyed). GoTrue creates the table in its own migrations, so this stand-in does the same when
 * it starts, which also reaches a persistent development database bootstrapped before it existed.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { badRequest, GoTrueError } from './errors.ts';

type Queryable = Pool | PoolClient;

/** models.AuthenticationMethod values of the e-mail flows. */
export type FlowAuthenticationMethod = 'email/signup' | 'recovery' | 'email_change' | 'magiclink';

export interface FlowState {
  id: string;
  user_id: string | null;
  auth_code: string;
  code_challenge: string;
  code_challenge_method: string;
  authentication_method: string;
  created_at: Date;
  auth_code_issued_at: Date | null;
}

export interface PkceParams {
  codeChallenge: string;
  codeChallengeMethod: 's256' | 'plain';
}

/** GoTrue's migration for auth.flow_state (20230322519590 and later), run as supabase_auth_admin. */
export async function ensureFlowStateTable(pool: Pool): Promise<void> {
  await pool.query(`
    create table if not exists auth.flow_state (
      id uuid primary key,
      user_id uuid null,
      auth_code text not null,
      code_challenge_method text not null,
      code_challenge text not null,
      provider_type text not null,
      provider_access_token text null,
      provider_refresh_token text null,
      created_at timestamptz null,
      updated_at timestamptz null,
      authentication_method text not null,
      auth_code_issued_at timestamptz null
    );
    create index if not exists idx_auth_code on auth.flow_state (auth_code);
    create index if not exists idx_user_id_auth_method on auth.flow_state (user_id, authentication_method);
    grant all on auth.flow_state to postgres;`);
}

const CHALLENGE_PATTERN = /^[a-zA-Z._~0-9-]+$/;

/**
 * validatePKCEParams and isValidCodeChallenge (internal/api/pkce.go): both or neither; a
 * challenge of 43 to 128 characters of RFC 7636's alphabet; method s256 or plain (any case).
 * Returns null for the implicit flow.
 */
export function pkceParams(challenge: string, method: string): PkceParams | null {
  if (challenge === '' && method === '') return null;
  if (challenge === '' || method === '') {
    throw badRequest(
      'validation_failed',
      'PKCE flow requires code_challenge_method and code_challenge',
    );
  }
  if (challenge.length < 43 || challenge.length > 128) {
    throw badRequest('validation_failed', 'code challenge has to be between 43 and 128 characters');
  }
  if (!CHALLENGE_PATTERN.test(challenge)) {
    throw badRequest(
      'validation_failed',
      'code challenge can only contain alphanumeric characters, hyphens, periods, underscores and tildes',
    );
  }
  const normalized = method.toLowerCase();
  if (normalized !== 's256' && normalized !== 'plain') {
    throw badRequest('validation_failed', `code challenge method not supported`);
  }
  return { codeChallenge: challenge, codeChallengeMethod: normalized };
}

/** generateFlowState for an e-mail flow of `userId`. */
export async function createFlowState(
  client: PoolClient,
  userId: string,
  method: FlowAuthenticationMethod,
  pkce: PkceParams,
): Promise<void> {
  await client.query(
    `insert into auth.flow_state (id, user_id, auth_code, code_challenge_method, code_challenge,
       provider_type, created_at, updated_at, authentication_method)
     values ($1, $2, $3, $4, $5, 'email', now(), now(), $6)`,
    [randomUUID(), userId, randomUUID(), pkce.codeChallengeMethod, pkce.codeChallenge, method],
  );
}

/** issueAuthCode: the newest flow state of that user and method gives its auth code. */
export async function issueAuthCode(
  client: PoolClient,
  userId: string,
  method: FlowAuthenticationMethod,
): Promise<string> {
  const found = await client.query<{ id: string; auth_code: string }>(
    `select id, auth_code from auth.flow_state where user_id = $1 and authentication_method = $2
     order by created_at desc limit 1`,
    [userId, method],
  );
  const row = found.rows[0];
  if (!row) {
    throw new GoTrueError(422, 'flow_state_not_found', 'No valid flow state found for user.');
  }
  await client.query(
    `update auth.flow_state set auth_code_issued_at = now(), updated_at = now() where id = $1`,
    [row.id],
  );
  return row.auth_code;
}

export async function findFlowStateByAuthCode(
  db: Queryable,
  authCode: string,
): Promise<FlowState | null> {
  const found = await db.query<FlowState>(
    `select id, user_id, auth_code, code_challenge, code_challenge_method, authentication_method,
            created_at, auth_code_issued_at
     from auth.flow_state where auth_code = $1`,
    [authCode],
  );
  return found.rows[0] ?? null;
}

/** FlowState.IsExpired: a magic link from its code's issue, everything else from its creation. */
export function isFlowStateExpired(flow: FlowState, expirySeconds: number): boolean {
  const from =
    flow.auth_code_issued_at && flow.authentication_method === 'magiclink'
      ? flow.auth_code_issued_at
      : flow.created_at;
  return Date.now() > from.getTime() + expirySeconds * 1000;
}

/** FlowState.VerifyPKCE (security.VerifyPKCEChallenge), compared in constant time. */
export function verifyPkce(flow: FlowState, codeVerifier: string): void {
  const expected =
    flow.code_challenge_method === 's256'
      ? createHash('sha256').update(codeVerifier).digest('base64url')
      : codeVerifier;
  const a = Buffer.from(flow.code_challenge);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw badRequest(
      'bad_code_verifier',
      'code challenge does not match previously saved code verifier',
    );
  }
}
