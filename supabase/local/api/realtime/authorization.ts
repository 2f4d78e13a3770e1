/**
 * How Realtime decides whether a socket may join a channel and keep it, after supabase/realtime:
 * - the token (`access_token` of the join, else the socket's API key; for a publishable or secret
 *   key, the role JWT the gateway put in its place) must verify against the project's keys (JWKS:
 *   ES256 by `kid`, or the legacy HS256 secret) and carry `role` and an integer `exp` still in the future, with no leeway
 *   (lib/realtime_web/channels/realtime_channel.ex `confirm_token`,
 *   lib/realtime_web/channels/auth/jwt_verification.ex);
 * - a private channel needs read permission by RLS on realtime.messages: in one transaction that
 *   is always rolled back, insert a probe message for the topic, switch to the user's role with
 *   their claims and `realtime.topic`, and see whether the probe is visible
 *   (lib/realtime/tenants/authorization.ex `get_read_policies_for_connection`).
 * Refusals read as Realtime's: `<Code>: <message>` in the join reply's `reason`.
 */
import type { Pool } from 'pg';
import type { JwtClaims } from '../jwt.ts';
import type { SigningKeys } from '../signing-keys.ts';

export type TokenCheck =
  { ok: true; claims: JwtClaims; expiresAt: number } | { ok: false; reason: string };

export async function confirmToken(token: string, keys: SigningKeys): Promise<TokenCheck> {
  const check = await keys.verify(token, 0);
  if (!check.ok) {
    switch (check.failure.kind) {
      case 'malformed':
        return { ok: false, reason: 'MalformedJWT: The token provided is not a valid JWT' };
      case 'expired': {
        const ago = Math.max(0, Math.floor(Date.now() / 1000) - expOf(token));
        return { ok: false, reason: `InvalidJWTToken: Token has expired ${ago} seconds ago` };
      }
      default:
        return { ok: false, reason: 'JwtSignatureError: Failed to validate JWT signature' };
    }
  }
  const { claims } = check;
  if (typeof claims.role !== 'string' || !Number.isInteger(claims.exp)) {
    return {
      ok: false,
      reason: 'InvalidJWTToken: Fields `role` and `exp` are required in JWT',
    };
  }
  return { ok: true, claims, expiresAt: Number(claims.exp) * 1000 };
}

/** The `exp` of a token whose signature was fine but which expired. */
function expOf(token: string): number {
  try {
    const part = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8');
    const claims = JSON.parse(part) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp : 0;
  } catch {
    return 0;
  }
}

/** The refusal for a topic the user may not read (realtime_channel.ex `maybe_assign_policies`). */
export function unauthorizedReason(subTopic: string): string {
  return `Unauthorized: You do not have permissions to read from this Channel topic: ${subTopic}`;
}

/**
 * Whether the user of `claims` may read broadcasts on `subTopic`, by RLS on realtime.messages.
 * `pool` connects as a role that may insert into realtime.messages and SET ROLE to the claim's
 * role (Realtime uses the project's admin role).
 */
export async function canReadBroadcast(
  pool: Pool,
  subTopic: string,
  claims: JwtClaims,
): Promise<boolean> {
  const client = await pool.connect();
  let broken = true;
  try {
    await client.query('begin');
    const probe = await client.query<{ id: string }>(
      `insert into realtime.messages (topic, extension) values ($1, 'broadcast') returning id`,
      [subTopic],
    );
    await client.query(
      `select set_config('role', $1, true), set_config('realtime.topic', $2, true),
              set_config('request.jwt.claims', $3, true), set_config('request.headers', '{}', true)`,
      [String(claims.role), subTopic, JSON.stringify(claims)],
    );
    const seen = await client.query(
      `select 1 from realtime.messages where topic = $1 and extension = 'broadcast' and id = $2`,
      [subTopic, probe.rows[0]!.id],
    );
    await client.query('rollback');
    broken = false;
    return seen.rowCount === 1;
  } catch {
    // A role that does not exist, a policy that fails: Realtime answers Unauthorized too
    // (`{:error, :rls_policy_error, _}`).
    await client.query('rollback').then(
      () => (broken = false),
      () => undefined,
    );
    return false;
  } finally {
    client.release(broken);
  }
}
