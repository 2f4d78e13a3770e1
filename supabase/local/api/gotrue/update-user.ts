/**
 * `PUT /auth/v1/user` (updateUser), as supabase/auth internal/api/user.go UserUpdate: a new
 * password passes the policy, must differ from the old one (422 same_password), and signs out
 * every other session of the user (models.User.UpdatePassword, LogoutAllExceptMe) while clearing
 * pending mailed tokens; a new e-mail address is mailed a change link (or changed at once with
 * autoconfirm); `data` is merged into user_metadata, a null value removing its key.
 * With secure password change on, a session older than 24 hours must send the `nonce` mailed by
 * `GET /reauthenticate` (reauthenticate.ts). Not modelled: the second mail of a secure e-mail
 * change, to the current address.
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { requireAuthentication } from './authenticate.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, objectParam, readParams, stringParam } from './context.ts';
import { hashPassword, validateEmail, verifyPassword } from './credentials.ts';
import { unprocessable } from './errors.ts';
import { pkceParams } from './flow-state.ts';
import { sendMail } from './mailer.ts';
import { checkPasswordStrength } from './password-policy.ts';
import { checkReauthentication } from './reauthenticate.ts';
import { referrerOf } from './redirect-urls.ts';
import { logout } from './sessions.ts';
import { findUserByEmail, findUserById, userJson } from './users.ts';

export async function updateUser(
  context: GoTrueContext,
  request: ApiRequest,
): Promise<ApiResponse> {
  const { user, sessionId } = await requireAuthentication(context, request);
  const params = readParams(request);
  const password = typeof params.password === 'string' ? params.password : null;
  const rawEmail = stringParam(params, 'email');
  const data = 'data' in params ? objectParam(params, 'data') : null;
  const pkce = pkceParams(
    stringParam(params, 'code_challenge'),
    stringParam(params, 'code_challenge_method'),
  );

  let passwordHash: string | null = null;
  if (password !== null) {
    checkPasswordStrength(context.settings, password);
    if (password !== '' && (await verifyPassword(password, user.encrypted_password))) {
      throw unprocessable(
        'same_password',
        'New password should be different from the old password.',
      );
    }
    passwordHash = await hashPassword(password);
  }
  let newEmail: string | null = null;
  if (rawEmail !== '' && rawEmail.toLowerCase() !== user.email) {
    newEmail = validateEmail(rawEmail);
    if (await findUserByEmail(context.pool, newEmail)) {
      throw unprocessable(
        'email_exists',
        'A user with this email address has already been registered',
      );
    }
  }

  const answer = await inTransaction(context.pool, async (client) => {
    if (password !== null && context.settings.securePasswordChange) {
      await checkReauthentication(context, client, user, sessionId, stringParam(params, 'nonce'));
    }
    if (data !== null) {
      const remove = Object.keys(data).filter((key) => data[key] === null);
      const set = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
      await client.query(
        `update auth.users set raw_user_meta_data = (coalesce(raw_user_meta_data, '{}') - $2::text[])
           || $3::jsonb, updated_at = now() where id = $1`,
        [user.id, remove, set],
      );
    }
    if (passwordHash !== null) {
      await client.query(
        `update auth.users set encrypted_password = $2, confirmation_token = '',
           confirmation_sent_at = null, recovery_token = '', recovery_sent_at = null,
           email_change_token_current = '', email_change_token_new = '', email_change_sent_at = null,
           reauthentication_token = '', reauthentication_sent_at = null, updated_at = now()
         where id = $1`,
        [user.id, passwordHash],
      );
      await logout(client, user.id, sessionId, sessionId === null ? 'global' : 'others');
    }
    if (newEmail !== null && context.settings.autoconfirm) {
      await client.query(`update auth.users set email = $2, updated_at = now() where id = $1`, [
        user.id,
        newEmail,
      ]);
    } else if (newEmail !== null) {
      await sendMail(context, client, {
        userId: user.id,
        email: user.email,
        kind: 'email_change',
        redirectTo: referrerOf(context.settings, request),
        pkce,
        newEmail,
      });
    }
    return userJson(client, (await findUserById(client, user.id))!);
  });
  return jsonResponse(200, answer);
}
