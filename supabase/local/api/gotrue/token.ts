/**
 * `POST /auth/v1/token?grant_type=password|refresh_token` (supabase/auth internal/api/token.go
 * and token_refresh.go).
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { sessionJson } from './access-tokens.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, readParams, stringParam, tokenSettings } from './context.ts';
import { verifyPassword } from './credentials.ts';
import { badRequest, GoTrueError, OAuthError, unprocessable } from './errors.ts';
import { createSession, rotateRefreshToken } from './sessions.ts';
import { findUserByEmail, findUserById, recordSignIn } from './users.ts';

const INVALID_LOGIN = 'Invalid login credentials';

async function passwordGrant(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const params = readParams(request);
  const email = stringParam(params, 'email');
  const phone = stringParam(params, 'phone');
  const password = stringParam(params, 'password');
  if (email !== '' && phone !== '') {
    throw unprocessable(
      'validation_failed',
      'Only an email address or phone number should be provided on login.',
    );
  }
  if (phone !== '') throw badRequest('phone_provider_disabled', 'Phone logins are disabled');
  if (email === '') throw badRequest('validation_failed', 'missing email or phone');

  const user = await findUserByEmail(context.pool, email);
  const banned = user?.banned_until ? user.banned_until.getTime() > Date.now() : false;
  if (!user || banned || !(await verifyPassword(password, user.encrypted_password))) {
    throw badRequest('invalid_credentials', INVALID_LOGIN);
  }
  if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');

  const userAgent = request.headers['user-agent'] ?? null;
  const session = await inTransaction(context.pool, async (client) => {
    const grant = await createSession(client, user.id, userAgent);
    await recordSignIn(client, user.id);
    const fresh = (await findUserById(client, user.id))!;
    return sessionJson(client, fresh, grant, tokenSettings(context));
  });
  return jsonResponse(200, session);
}

function forcedRefreshFailure(context: GoTrueContext): GoTrueError | null {
  const failure = context.faults.refreshFailure;
  if (!failure) return null;
  const serverSide = failure.status >= 500;
  return new GoTrueError(
    failure.status,
    failure.code ?? (serverSide ? 'unexpected_failure' : 'refresh_token_not_found'),
    failure.message ??
      (serverSide
        ? 'Unexpected failure, please check server logs for more information'
        : 'Invalid Refresh Token: Refresh Token Not Found'),
  );
}

async function refreshTokenGrant(
  context: GoTrueContext,
  request: ApiRequest,
): Promise<ApiResponse> {
  const forced = forcedRefreshFailure(context);
  if (forced) throw forced;
  const params = readParams(request);
  const refreshToken = stringParam(params, 'refresh_token');
  if (refreshToken === '') throw new OAuthError('invalid_request', 'refresh_token required');

  const userAgent = request.headers['user-agent'] ?? null;
  const outcome = await inTransaction(context.pool, async (client) => {
    const rotated = await rotateRefreshToken(
      client,
      refreshToken,
      context.settings.refreshTokenReuseIntervalSeconds,
      userAgent,
    );
    // A refused reuse still commits: the token family it revoked must stay revoked.
    if ('commitThenThrow' in rotated) return rotated;
    const user = await findUserById(client, rotated.userId);
    if (!user) {
      throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    }
    return { session: await sessionJson(client, user, rotated.grant, tokenSettings(context)) };
  });
  if ('commitThenThrow' in outcome) throw outcome.commitThenThrow;
  return jsonResponse(200, outcome.session);
}

export async function token(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const grantType = request.url.searchParams.get('grant_type');
  if (grantType === 'password') return passwordGrant(context, request);
  if (grantType === 'refresh_token') return refreshTokenGrant(context, request);
  throw badRequest('invalid_credentials', 'unsupported_grant_type');
}
