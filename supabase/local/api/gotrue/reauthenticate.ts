/**
 * Secure password change (supabase/auth internal/api/reauthenticate.go and user.go UserUpdate):
 * `GET /auth/v1/reauthenticate` mails a signed-in, confirmed user a code; a password change in a
 * session older than 24 hours must then carry it as `nonce` (400 reauthentication_needed without
 * it, 422 reauthentication_not_valid when it is wrong or expired).
 */
import type { PoolClient } from 'pg';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { requireAuthentication } from './authenticate.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction } from './context.ts';
import { badRequest, unprocessable } from './errors.ts';
import { sendMail, tokenHash } from './mailer.ts';
import type { UserRow } from './users.ts';

const RECENT_SESSION_MS = 24 * 60 * 60 * 1000;
const INVALID_NONCE = 'Nonce has expired or is invalid';

export async function reauthenticate(
  context: GoTrueContext,
  request: ApiRequest,
): Promise<ApiResponse> {
  const { user } = await requireAuthentication(context, request);
  if (!user.email) {
    throw unprocessable('validation_failed', 'Reauthentication requires the user to have an email');
  }
  if (!user.email_confirmed_at) {
    throw unprocessable('email_not_confirmed', 'Please verify your email first.');
  }
  await inTransaction(context.pool, (client) =>
    sendMail(context, client, {
      userId: user.id,
      email: user.email,
      kind: 'reauthentication',
      redirectTo: context.settings.siteUrl,
      pkce: null,
    }),
  );
  return jsonResponse(200, {});
}

/** The nonce check of UserUpdate, for a session that did not sign in within 24 hours. */
export async function checkReauthentication(
  context: GoTrueContext,
  client: PoolClient,
  user: UserRow,
  sessionId: string | null,
  nonce: string,
): Promise<void> {
  if (sessionId !== null) {
    const session = await client.query<{ created_at: Date }>(
      `select created_at from auth.sessions where id = $1`,
      [sessionId],
    );
    const createdAt = session.rows[0]?.created_at;
    if (createdAt && Date.now() <= createdAt.getTime() + RECENT_SESSION_MS) return;
  }
  if (nonce === '') {
    throw badRequest('reauthentication_needed', 'Password update requires reauthentication');
  }
  const stored = await client.query<{ valid: boolean }>(
    `select reauthentication_token = $2
            and reauthentication_sent_at + make_interval(secs => $3) > now() as valid
     from auth.users where id = $1 and reauthentication_token <> ''`,
    [user.id, tokenHash(user.email, nonce), context.settings.otpExpirySeconds],
  );
  if (!stored.rows[0]?.valid) throw unprocessable('reauthentication_not_valid', INVALID_NONCE);
}
