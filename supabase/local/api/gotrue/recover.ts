/**
 * `POST /auth/v1/recover` (resetPasswordForEmail) and `POST /auth/v1/resend` (resend), as
 * supabase/auth internal/api/recover.go and resend.go: both answer `{}` whether or not the address
 * has an account (no enumeration), and mail only when there is something to send: a recovery link
 * to any user, a sign-up confirmation to an unconfirmed one, an e-mail change link when a change is
 * pending. With `code_challenge` the mail's token is for the PKCE flow.
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, readParams, stringParam } from './context.ts';
import { validateEmail } from './credentials.ts';
import { badRequest } from './errors.ts';
import { pkceParams } from './flow-state.ts';
import { sendMail } from './mailer.ts';
import { referrerOf } from './redirect-urls.ts';
import { findUserByEmail } from './users.ts';

function pkceOf(params: Record<string, unknown>) {
  return pkceParams(
    stringParam(params, 'code_challenge'),
    stringParam(params, 'code_challenge_method'),
  );
}

export async function recover(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const params = readParams(request);
  if (stringParam(params, 'email') === '') {
    throw badRequest('validation_failed', 'Password recovery requires an email');
  }
  const email = validateEmail(stringParam(params, 'email'));
  const pkce = pkceOf(params);
  const user = await findUserByEmail(context.pool, email);
  if (!user) return jsonResponse(200, {});
  await inTransaction(context.pool, (client) =>
    sendMail(context, client, {
      userId: user.id,
      email: user.email,
      kind: 'recovery',
      redirectTo: referrerOf(context.settings, request),
      pkce,
    }),
  );
  return jsonResponse(200, {});
}

export async function resend(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const params = readParams(request);
  const type = stringParam(params, 'type');
  if (type !== 'signup' && type !== 'email_change' && type !== 'sms' && type !== 'phone_change') {
    throw badRequest(
      'validation_failed',
      'Missing one of these types: signup, email_change, sms, phone_change',
    );
  }
  if (type === 'sms' || type === 'phone_change') {
    throw badRequest('sms_send_failed', 'Unable to get SMS provider');
  }
  if (stringParam(params, 'email') === '') {
    throw badRequest('validation_failed', 'Type provided requires an email address');
  }
  const email = validateEmail(stringParam(params, 'email'));
  const pkce = pkceOf(params);
  const user = await findUserByEmail(context.pool, email);
  if (!user) return jsonResponse(200, {});
  const pending = await context.pool.query<{ email_change: string | null }>(
    `select email_change from auth.users where id = $1`,
    [user.id],
  );
  const newEmail = pending.rows[0]?.email_change ?? '';
  if (type === 'signup' && user.email_confirmed_at) return jsonResponse(200, {});
  if (type === 'email_change' && newEmail === '') return jsonResponse(200, {});
  await inTransaction(context.pool, (client) =>
    sendMail(context, client, {
      userId: user.id,
      email: user.email,
      kind: type,
      redirectTo: referrerOf(context.settings, request),
      pkce,
      ...(type === 'email_change' ? { newEmail } : {}),
    }),
  );
  return jsonResponse(200, {});
}
