/**
 * TOTP second factors: `POST /factors` (enrol), `POST /factors/{id}/challenge`,
 * `POST /factors/{id}/verify` and `DELETE /factors/{id}`, following supabase/auth
 * internal/api/mfa.go (EnrollFactor / validateFactors, ChallengeFactor, verifyTOTPFactor,
 * UnenrollFactor) with its error codes and messages. Factors and challenges live in
 * auth.mfa_factors / auth.mfa_challenges as hosted Auth keeps them, so the database's own
 * "second factor required" rule (migration 20261205800000) reads what this writes.
 *
 * Left out on purpose: phone and WebAuthn factors, the verification hook, secret encryption at
 * rest (GOTRUE_SECURITY_DB_ENCRYPTION, off by default on hosted), the challenge IP check (every
 * request here comes from 127.0.0.1).
 */
import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { PoolClient } from 'pg';
import QRCode from 'qrcode';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { sessionJson } from './access-tokens.ts';
import type { Authenticated } from './authenticate.ts';
import { requireAuthentication } from './authenticate.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, readParams, stringParam, tokenSettings } from './context.ts';
import { badRequest, forbidden, GoTrueError, unprocessable } from './errors.ts';
import { isUuid } from './sessions.ts';
import { findUserById } from './users.ts';

/** GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION's default: 300 seconds. */
const CHALLENGE_EXPIRY_SECONDS = 300;
/** GOTRUE_MFA_MAX_ENROLLED_FACTORS (10) and GOTRUE_MFA_MAX_VERIFIED_FACTORS (10). */
const MAX_FACTORS = 10;

interface FactorRow {
  id: string;
  user_id: string;
  friendly_name: string | null;
  factor_type: string;
  status: 'verified' | 'unverified';
  secret: string | null;
}

/** The TOTP parameters verifyTOTPFactor validates with: SHA1, 6 digits, 30 s, one step of skew. */
function totpFor(secret: string, issuer: string, account: string): TOTP {
  return new TOTP({
    issuer,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

async function sessionAal(client: PoolClient, sessionId: string | null): Promise<string> {
  if (!sessionId) return 'aal1';
  const found = await client.query<{ aal: string | null }>(
    'select aal from auth.sessions where id = $1',
    [sessionId],
  );
  return found.rows[0]?.aal ?? 'aal1';
}

/** GoTrue's loadFactor: the factor must exist and belong to the caller. */
async function loadFactor(
  client: PoolClient,
  auth: Authenticated,
  factorId: string,
): Promise<FactorRow> {
  const found = isUuid(factorId)
    ? await client.query<FactorRow>(
        `select id, user_id, friendly_name, factor_type::text, status::text as status, secret
         from auth.mfa_factors where id = $1 for update`,
        [factorId],
      )
    : { rows: [] };
  const factor = found.rows[0];
  if (!factor) throw new GoTrueError(404, 'mfa_factor_not_found', 'Factor not found');
  if (factor.user_id !== auth.user.id) {
    throw forbidden('mfa_factor_not_found', 'Factor does not belong to user');
  }
  return factor;
}

function requireSession(auth: Authenticated): string {
  if (!auth.sessionId) {
    throw new GoTrueError(
      500,
      'unexpected_failure',
      'A valid session and a registered user are required to enroll a factor',
    );
  }
  return auth.sessionId;
}

async function enroll(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const auth = await requireAuthentication(context, request);
  const sessionId = requireSession(auth);
  const params = readParams(request);
  if (stringParam(params, 'factor_type') !== 'totp') {
    throw badRequest('validation_failed', 'factor_type needs to be totp, phone, or webauthn');
  }
  const friendlyName = stringParam(params, 'friendly_name');
  const issuer = stringParam(params, 'issuer') || new URL(context.issuer).host;
  return inTransaction(context.pool, async (client) => {
    const factors = await client.query<{ friendly_name: string | null; status: string }>(
      `select friendly_name, status::text as status from auth.mfa_factors where user_id = $1`,
      [auth.user.id],
    );
    if (factors.rows.some((factor) => (factor.friendly_name ?? '') === friendlyName)) {
      throw unprocessable(
        'mfa_factor_name_conflict',
        `A factor with the friendly name "${friendlyName}" for this user already exists`,
      );
    }
    const verified = factors.rows.filter((factor) => factor.status === 'verified').length;
    if (factors.rows.length >= MAX_FACTORS || verified >= MAX_FACTORS) {
      throw unprocessable(
        'too_many_enrolled_mfa_factors',
        'Maximum number of verified factors reached, unenroll to continue',
      );
    }
    if (verified > 0 && (await sessionAal(client, sessionId)) !== 'aal2') {
      throw forbidden('insufficient_aal', 'AAL2 required to enroll a new factor');
    }
    const secret = new Secret({ size: 20 }).base32;
    const totp = totpFor(secret, issuer, auth.user.email ?? '');
    const uri = totp.toString();
    const id = randomUUID();
    await client.query(
      `insert into auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at,
         updated_at, secret)
       values ($1, $2, $3, 'totp', 'unverified', now(), now(), $4)`,
      [id, auth.user.id, friendlyName, secret],
    );
    // GoTrue answers the QR code as a bare SVG document (goqrsvg), not a data URL.
    const qrCode = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'H' });
    return jsonResponse(200, {
      id,
      type: 'totp',
      friendly_name: friendlyName,
      totp: { qr_code: qrCode, secret, uri },
    });
  });
}

async function challenge(
  context: GoTrueContext,
  request: ApiRequest,
  factorId: string,
): Promise<ApiResponse> {
  const auth = await requireAuthentication(context, request);
  return inTransaction(context.pool, async (client) => {
    const factor = await loadFactor(client, auth, factorId);
    const id = randomUUID();
    const created = await client.query<{ created_at: Date }>(
      `insert into auth.mfa_challenges (id, factor_id, created_at, ip_address)
       values ($1, $2, now(), '127.0.0.1') returning created_at`,
      [id, factor.id],
    );
    await client.query(
      'update auth.mfa_factors set last_challenged_at = now(), updated_at = now() where id = $1',
      [factor.id],
    );
    const expiresAt =
      Math.floor(created.rows[0]!.created_at.getTime() / 1000) + CHALLENGE_EXPIRY_SECONDS;
    return jsonResponse(200, { id, type: 'totp', expires_at: expiresAt });
  });
}

/** validateChallenge: unknown, used or expired challenges are refused before the code is read. */
async function openChallenge(
  client: PoolClient,
  factor: FactorRow,
  challengeId: string,
): Promise<void> {
  const found = isUuid(challengeId)
    ? await client.query<{ verified_at: Date | null; expired: boolean }>(
        `select verified_at, now() > created_at + make_interval(secs => $3) as expired
         from auth.mfa_challenges where id = $1 and factor_id = $2 for update`,
        [challengeId, factor.id, CHALLENGE_EXPIRY_SECONDS],
      )
    : { rows: [] };
  const row = found.rows[0];
  if (!row) {
    throw unprocessable(
      'mfa_factor_not_found',
      'MFA factor with the provided challenge ID not found',
    );
  }
  if (row.verified_at) {
    throw unprocessable('mfa_ip_address_mismatch', 'Challenge and verify IP addresses mismatch.');
  }
  if (row.expired) {
    await client.query('delete from auth.mfa_challenges where id = $1', [challengeId]);
    throw new ChallengeExpired(challengeId);
  }
}

/** Thrown after the expired challenge was deleted, so the deletion must be committed. */
class ChallengeExpired extends GoTrueError {
  constructor(challengeId: string) {
    super(
      422,
      'mfa_challenge_expired',
      `MFA challenge ${challengeId} has expired, verify against another challenge or create a new challenge.`,
    );
  }
}

async function verify(
  context: GoTrueContext,
  request: ApiRequest,
  factorId: string,
): Promise<ApiResponse> {
  const auth = await requireAuthentication(context, request);
  const sessionId = requireSession(auth);
  const params = readParams(request);
  const code = stringParam(params, 'code');
  if (code === '') throw badRequest('validation_failed', 'Code needs to be non-empty');
  type Outcome = { refused: GoTrueError } | { session: Record<string, unknown> };
  const outcome = await inTransaction<Outcome>(context.pool, async (client) => {
    const factor = await loadFactor(client, auth, factorId);
    try {
      await openChallenge(client, factor, stringParam(params, 'challenge_id'));
    } catch (error) {
      if (error instanceof ChallengeExpired) return { refused: error };
      throw error;
    }
    const totp = totpFor(factor.secret ?? '', '', '');
    if (totp.validate({ token: code, window: 1 }) === null) {
      throw unprocessable('mfa_verification_failed', 'Invalid TOTP code entered');
    }
    await client.query('update auth.mfa_challenges set verified_at = now() where id = $1', [
      stringParam(params, 'challenge_id'),
    ]);
    await client.query(
      `update auth.mfa_factors set status = 'verified', updated_at = now() where id = $1`,
      [factor.id],
    );
    // updateMFASessionAndClaims: the session steps up to aal2 and records the method.
    await client.query(
      `update auth.sessions set aal = 'aal2', factor_id = $2, updated_at = now() where id = $1`,
      [sessionId, factor.id],
    );
    await client.query(
      `insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
       values ($1, now(), now(), 'totp', $2)
       on conflict (session_id, authentication_method) do update set updated_at = now()`,
      [sessionId, randomUUID()],
    );
    // InvalidateSessionsWithAALLessThan(aal2): the user's password-only sessions elsewhere end.
    await client.query(
      `delete from auth.sessions where user_id = $1 and id <> $2 and coalesce(aal, 'aal1') = 'aal1'`,
      [auth.user.id, sessionId],
    );
    // DeleteUnverifiedFactors: abandoned enrolments of the same type go.
    await client.query(
      `delete from auth.mfa_factors where user_id = $1 and status = 'unverified' and id <> $2`,
      [auth.user.id, factor.id],
    );
    const user = await findUserById(client, auth.user.id);
    const refreshToken = await client.query<{ token: string; created_at: Date }>(
      `select t.token, s.created_at from auth.refresh_tokens t join auth.sessions s on s.id = t.session_id
       where t.session_id = $1 and t.revoked = false order by t.id desc limit 1`,
      [sessionId],
    );
    const active = refreshToken.rows[0];
    if (!user || !active) throw forbidden('session_not_found', 'Session not found');
    const session = await sessionJson(
      client,
      user,
      { sessionId, refreshToken: active.token, createdAt: active.created_at },
      tokenSettings(context),
    );
    return { session };
  });
  if ('refused' in outcome) throw outcome.refused as Error;
  return jsonResponse(200, outcome.session);
}

async function unenroll(
  context: GoTrueContext,
  request: ApiRequest,
  factorId: string,
): Promise<ApiResponse> {
  const auth = await requireAuthentication(context, request);
  const sessionId = requireSession(auth);
  return inTransaction(context.pool, async (client) => {
    const factor = await loadFactor(client, auth, factorId);
    if (factor.status === 'verified' && (await sessionAal(client, sessionId)) !== 'aal2') {
      throw unprocessable('insufficient_aal', 'AAL2 required to unenroll verified factor');
    }
    await client.query('delete from auth.mfa_factors where id = $1', [factor.id]);
    // DowngradeSessionsToAAL1: sessions that stepped up with this factor fall back to aal1.
    await client.query(
      `update auth.sessions set aal = 'aal1', factor_id = null, updated_at = now()
       where factor_id = $1`,
      [factor.id],
    );
    return jsonResponse(200, { id: factor.id });
  });
}

/** Routes `/factors…`; returns null for any other path. */
export function routeFactors(
  context: GoTrueContext,
  request: ApiRequest,
  path: string,
): Promise<ApiResponse> | null {
  const { method } = request;
  if (path === '/factors' && method === 'POST') return enroll(context, request);
  const match = /^\/factors\/([^/]+)(\/challenge|\/verify)?$/.exec(path);
  if (!match) return null;
  const factorId = decodeURIComponent(match[1]!);
  if (match[2] === '/challenge' && method === 'POST') return challenge(context, request, factorId);
  if (match[2] === '/verify' && method === 'POST') return verify(context, request, factorId);
  if (!match[2] && method === 'DELETE') return unenroll(context, request, factorId);
  return null;
}
