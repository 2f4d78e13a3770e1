/**
 * `POST /auth/v1/token?grant_type=password|refresh_token|pkce` (supabase/auth internal/api/token.go
 * ResourceOwnerPasswordGrant and PKCE, token_refresh.go), behind GoTrue's per-address `/token`
 * rate limit. A banned user is refused with user_banned.
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { sessionJson } from './access-tokens.ts';
import type { GoTrueContext } from './context.ts';
import { clientAddress, inTransaction, readParams, stringParam, tokenSettings } from './context.ts';
import { verifyPassword } from './credentials.ts';
import { badRequest, GoTrueError, OAuthError, unprocessable } from './errors.ts';
import { findFlowStateByAuthCode, isFlowStateExpired, verifyPkce } from './flow-state.ts';
import { createSession, rotateRefreshToken } from './sessions.ts';
import type { UserRow } from './users.ts';
import { findUserByEmail, findUserById, recordSignIn } from './users.ts';

const INVALID_LOGIN = 'Invalid login credentials';

function isBanned(user: UserRow): boolean {
  return user.banned_until !== null && user.banned_until.getTime() > Date.now();
}

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
  if (!user) throw badRequest('invalid_credentials', INVALID_LOGIN);
  // GoTrue checks the ban before the password.
  if (isBanned(user)) throw badRequest('user_banned', 'User is banned');
  if (!(await verifyPassword(password, user.encrypted_password))) {
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
    if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
    return { session: await sessionJson(client, user, rotated.grant, tokenSettings(context)) };
  });
  if ('commitThenThrow' in outcome) throw outcome.commitThenThrow;
  return jsonResponse(200, outcome.session);
}

/** GoTrue's PKCE grant: the auth code from `/verify` and its verifier, once, before it expires. */
async function pkceGrant(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const params = readParams(request);
  const authCode = stringParam(params, 'auth_code');
  const codeVerifier = stringParam(params, 'code_verifier');
  if (authCode === '' || codeVerifier === '') {
    throw badRequest(
      'validation_failed',
      'invalid request: both auth code and code verifier should be non-empty',
    );
  }
  const flow = await findFlowStateByAuthCode(context.pool, authCode);
  if (!flow || flow.user_id === null) {
    throw new GoTrueError(
      404,
      'flow_state_not_found',
      'invalid flow state, no valid flow state found',
    );
  }
  if (isFlowStateExpired(flow, context.settings.flowStateExpirySeconds)) {
    throw unprocessable('flow_state_expired', 'invalid flow state, flow state has expired');
  }
  const user = await findUserById(context.pool, flow.user_id);
  if (!user) throw new GoTrueError(404, 'user_not_found', 'User not found');
  verifyPkce(flow, codeVerifier);

  const userAgent = request.headers['user-agent'] ?? null;
  const session = await inTransaction(context.pool, async (client) => {
    // Destroyed in the same transaction that issues the session: a code works once.
    const deleted = await client.query(`delete from auth.flow_state where id = $1`, [flow.id]);
    if ((deleted.rowCount ?? 0) === 0) {
      throw new GoTrueError(
        404,
        'flow_state_not_found',
        'invalid flow state, no valid flow state found',
      );
    }
    const grant = await createSession(client, user.id, userAgent);
    await recordSignIn(client, user.id);
    const fresh = (await findUserById(client, user.id))!;
    return sessionJson(client, fresh, grant, tokenSettings(context));
  });
  return jsonResponse(200, session);
}

export async function token(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  context.limits.takeTokenRequest(context.settings, clientAddress(request));
  const grantType = request.url.searchParams.get('grant_type');
  if (grantType === 'password') return passwordGrant(context, request);
  if (grantType === 'refresh_token') return refreshTokenGrant(context, request);
  if (grantType === 'pkce') return pkceGrant(context, request);
  throw badRequest('invalid_credentials', 'unsupported_grant_type');
}
