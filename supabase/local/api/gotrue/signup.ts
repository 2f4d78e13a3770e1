/**
 * `POST /auth/v1/signup` with email and password (supabase/auth internal/api/signup.go). With
 * autoconfirm off (a hosted project's default) the answer is the unconfirmed user without a
 * session and a confirmation mail goes out (with PKCE, `code_challenge` in the body, the flow state
 * is kept for `/verify`); a repeated sign-up of an unconfirmed address mails again, one of a
 * confirmed address answers a look-alike user rather than revealing that the address is taken.
 * With autoconfirm on the new user is confirmed and gets a session.
 */
import { randomUUID } from 'node:crypto';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { sessionJson } from './access-tokens.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, objectParam, readParams, stringParam, tokenSettings } from './context.ts';
import { hashPassword, validateEmail } from './credentials.ts';
import { badRequest, unprocessable } from './errors.ts';
import { pkceParams } from './flow-state.ts';
import { sendMail } from './mailer.ts';
import { checkPasswordStrength } from './password-policy.ts';
import { referrerOf } from './redirect-urls.ts';
import { createSession } from './sessions.ts';
import { findUserByEmail, findUserById, insertUser, recordSignIn, userJson } from './users.ts';

function lookAlikeUser(email: string, data: Record<string, unknown>): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    aud: 'authenticated',
    role: '',
    email,
    phone: '',
    confirmation_sent_at: now,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: data,
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}

export async function signup(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const params = readParams(request);
  const password = stringParam(params, 'password');
  const rawEmail = stringParam(params, 'email');
  const phone = stringParam(params, 'phone');
  const data = objectParam(params, 'data');
  if (password === '') throw badRequest('validation_failed', 'Signup requires a valid password');
  checkPasswordStrength(context.settings, password);
  if (rawEmail !== '' && phone !== '') {
    throw badRequest(
      'validation_failed',
      'Only an email address or phone number should be provided on signup.',
    );
  }
  if (phone !== '') throw badRequest('phone_provider_disabled', 'Phone signups are disabled');
  if (rawEmail === '') {
    throw badRequest('validation_failed', 'Sign up only available with email provider');
  }
  const email = validateEmail(rawEmail);
  const pkce = pkceParams(
    stringParam(params, 'code_challenge'),
    stringParam(params, 'code_challenge_method'),
  );
  const { autoconfirm } = context.settings;

  const existing = await findUserByEmail(context.pool, email);
  if (existing?.email_confirmed_at) {
    if (autoconfirm) throw unprocessable('user_already_exists', 'User already registered');
    return jsonResponse(200, lookAlikeUser(email, data));
  }
  // Hashing is slow: done before the transaction, as GoTrue does.
  const passwordHash = existing ? null : await hashPassword(password);
  const userAgent = request.headers['user-agent'] ?? null;

  const answer = await inTransaction(context.pool, async (client) => {
    let user =
      existing ??
      (await insertUser(client, {
        email,
        passwordHash,
        confirmed: autoconfirm,
        userMetadata: data,
        appMetadata: {},
      }));
    if (existing && autoconfirm) {
      await client.query(
        `update auth.users set email_confirmed_at = now(), updated_at = now() where id = $1`,
        [existing.id],
      );
    }
    if (!autoconfirm) {
      await sendMail(context, client, {
        userId: user.id,
        email,
        kind: 'signup',
        redirectTo: referrerOf(context.settings, request),
        pkce,
      });
      return userJson(client, (await findUserById(client, user.id))!);
    }
    const grant = await createSession(client, user.id, userAgent);
    await recordSignIn(client, user.id);
    user = (await findUserById(client, user.id))!;
    return sessionJson(client, user, grant, tokenSettings(context));
  });
  return jsonResponse(200, answer);
}
