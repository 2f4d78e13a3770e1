/**
 * GoTrue's requireAuthentication and requireAdminCredentials (internal/api/auth.go): the Bearer
 * token must verify (no clock leeway, as golang-jwt), name an existing user, and, when it carries
 * a session_id, an existing session. Error messages follow golang-jwt v5's wording.
 */
import type { ApiRequest } from '../http-io.ts';
import { bearerToken } from '../http-io.ts';
import type { JwtClaims, JwtFailure } from '../jwt.ts';
import type { GoTrueContext } from './context.ts';
import { forbidden, GoTrueError } from './errors.ts';
import { isUuid, sessionExists } from './sessions.ts';
import type { UserRow } from './users.ts';
import { findUserById } from './users.ts';

const ADMIN_ROLES = ['service_role', 'supabase_admin'];

function jwtFailureText(failure: JwtFailure): string {
  switch (failure.kind) {
    case 'malformed':
      return 'token is malformed: token contains an invalid number of segments';
    case 'bad-algorithm':
      return 'token is unverifiable: error while executing keyfunc: missing kid';
    case 'bad-signature':
      return 'token signature is invalid: signature is invalid';
    case 'expired':
      return 'token has invalid claims: token is expired';
    case 'not-yet-valid':
      return 'token has invalid claims: token is not valid yet';
    case 'invalid-claims':
      return `token has invalid claims: ${failure.message}`;
  }
}

async function verifiedClaims(context: GoTrueContext, request: ApiRequest): Promise<JwtClaims> {
  const token = bearerToken(request);
  if (!token) {
    throw new GoTrueError(401, 'no_authorization', 'This endpoint requires a Bearer token');
  }
  const check = await context.signingKeys.verify(token, 0);
  if (!check.ok) {
    throw forbidden(
      'bad_jwt',
      `invalid JWT: unable to parse or verify signature, ${jwtFailureText(check.failure)}`,
    );
  }
  return check.claims;
}

export interface Authenticated {
  claims: JwtClaims;
  user: UserRow;
  sessionId: string | null;
}

export async function requireAuthentication(
  context: GoTrueContext,
  request: ApiRequest,
): Promise<Authenticated> {
  const claims = await verifiedClaims(context, request);
  if (!claims.sub) throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  if (!isUuid(claims.sub)) {
    throw new GoTrueError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');
  }
  const user = await findUserById(context.pool, claims.sub);
  if (!user) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
  const sessionClaim = claims.session_id;
  let sessionId: string | null = null;
  if (typeof sessionClaim === 'string' && sessionClaim !== '' && !/^0{8}-/.test(sessionClaim)) {
    if (!isUuid(sessionClaim) || !(await sessionExists(context.pool, sessionClaim))) {
      throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
    }
    sessionId = sessionClaim;
  }
  return { claims, user, sessionId };
}

export async function requireAdmin(context: GoTrueContext, request: ApiRequest): Promise<void> {
  const claims = await verifiedClaims(context, request);
  if (typeof claims.role !== 'string' || !ADMIN_ROLES.includes(claims.role)) {
    throw forbidden('not_admin', 'User not allowed');
  }
}
