/**
 * The signed-in user's endpoints: `GET /auth/v1/user` and `POST /auth/v1/logout?scope=…`
 * (supabase/auth internal/api/user.go and logout.go).
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { emptyResponse, jsonResponse } from '../http-io.ts';
import { requireAuthentication } from './authenticate.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction } from './context.ts';
import { badRequest } from './errors.ts';
import type { LogoutScope } from './sessions.ts';
import { logout } from './sessions.ts';
import { userJson } from './users.ts';

export async function getUser(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const { user } = await requireAuthentication(context, request);
  return jsonResponse(200, await userJson(context.pool, user));
}

export async function signOut(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const { user, sessionId } = await requireAuthentication(context, request);
  const raw = request.url.searchParams.get('scope') ?? '';
  const scopes: Record<string, LogoutScope> = {
    '': 'global',
    global: 'global',
    local: 'local',
    others: 'others',
  };
  const scope = scopes[raw];
  if (!scope) throw badRequest('validation_failed', `Unsupported logout scope "${raw}"`);
  await inTransaction(context.pool, (client) => logout(client, user.id, sessionId, scope));
  return emptyResponse(204);
}
