/**
 * The admin API tests use to make and remove users the same way on a real project
 * (supabase/auth internal/api/admin.go): `POST /admin/users`, `GET|PUT|DELETE /admin/users/<id>`
 * (PUT: `ban_duration`, `email_confirm`, `password`), all behind the service_role key.
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { requireAdmin } from './authenticate.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, objectParam, readParams, stringParam } from './context.ts';
import { hashPassword, validateEmail } from './credentials.ts';
import { parseGoDuration } from './go-duration.ts';
import { checkPasswordStrength } from './password-policy.ts';
import { badRequest, GoTrueError, unprocessable } from './errors.ts';
import { isUuid } from './sessions.ts';
import { deleteUser, findUserByEmail, findUserById, insertUser, userJson } from './users.ts';

export async function adminCreateUser(
  context: GoTrueContext,
  request: ApiRequest,
): Promise<ApiResponse> {
  await requireAdmin(context, request);
  const params = readParams(request);
  if (stringParam(params, 'phone') !== '') {
    throw badRequest('phone_provider_disabled', 'Phone signups are disabled');
  }
  if (stringParam(params, 'email') === '') {
    throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
  }
  const email = validateEmail(stringParam(params, 'email'));
  const password = stringParam(params, 'password');
  if (password !== '') checkPasswordStrength(context.settings, password);
  if (await findUserByEmail(context.pool, email)) {
    throw unprocessable(
      'email_exists',
      'A user with this email address has already been registered',
    );
  }
  const passwordHash = password === '' ? null : await hashPassword(password);
  const user = await inTransaction(context.pool, async (client) => {
    const created = await insertUser(client, {
      email,
      passwordHash,
      confirmed: params.email_confirm === true,
      userMetadata: objectParam(params, 'user_metadata'),
      appMetadata: objectParam(params, 'app_metadata'),
    });
    return userJson(client, created);
  });
  return jsonResponse(200, user);
}

function userIdOf(id: string): string {
  if (!isUuid(id)) throw new GoTrueError(404, 'validation_failed', 'user_id must be an UUID');
  return id;
}

export async function adminGetUser(
  context: GoTrueContext,
  request: ApiRequest,
  id: string,
): Promise<ApiResponse> {
  await requireAdmin(context, request);
  const user = await findUserById(context.pool, userIdOf(id));
  if (!user) throw new GoTrueError(404, 'user_not_found', 'User not found');
  return jsonResponse(200, await userJson(context.pool, user));
}

export async function adminDeleteUser(
  context: GoTrueContext,
  request: ApiRequest,
  id: string,
): Promise<ApiResponse> {
  await requireAdmin(context, request);
  const userId = userIdOf(id);
  const deleted = await inTransaction(context.pool, (client) => deleteUser(client, userId));
  if (!deleted) throw new GoTrueError(404, 'user_not_found', 'User not found');
  return jsonResponse(200, {});
}

/** adminUserUpdate: `ban_duration` ("none" lifts a ban), `email_confirm`, `password`. */
export async function adminUpdateUser(
  context: GoTrueContext,
  request: ApiRequest,
  id: string,
): Promise<ApiResponse> {
  await requireAdmin(context, request);
  const userId = userIdOf(id);
  const params = readParams(request);
  const banDuration = stringParam(params, 'ban_duration');
  let bannedUntil: Date | null | undefined;
  if (banDuration === 'none') bannedUntil = null;
  else if (banDuration !== '') {
    const ms = parseGoDuration(banDuration);
    if (ms === null) throw badRequest('validation_failed', 'invalid format for ban duration');
    bannedUntil = new Date(Date.now() + ms);
  }
  const password = stringParam(params, 'password');
  if (password !== '') checkPasswordStrength(context.settings, password);
  const passwordHash = password === '' ? null : await hashPassword(password);
  const user = await inTransaction(context.pool, async (client) => {
    if (!(await findUserById(client, userId))) {
      throw new GoTrueError(404, 'user_not_found', 'User not found');
    }
    if (bannedUntil !== undefined) {
      await client.query(
        `update auth.users set banned_until = $2, updated_at = now() where id = $1`,
        [userId, bannedUntil],
      );
    }
    if (params.email_confirm === true) {
      await client.query(
        `update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()),
           updated_at = now() where id = $1`,
        [userId],
      );
    }
    if (passwordHash !== null) {
      await client.query(
        `update auth.users set encrypted_password = $2, updated_at = now() where id = $1`,
        [userId, passwordHash],
      );
    }
    return userJson(client, (await findUserById(client, userId))!);
  });
  return jsonResponse(200, user);
}
