/**
 * The GoTrue half of the local API (`/auth/v1/*` behind the gateway): routes the endpoints the
 * app and the tests use, and renders every failure as GoTrue's error response.
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';
import { getUser, signOut } from './account.ts';
import { adminCreateUser, adminDeleteUser, adminGetUser, adminUpdateUser } from './admin.ts';
import type { GoTrueContext } from './context.ts';
import { GoTrueError, goTrueErrorResponse, OAuthError } from './errors.ts';
import { authorize, callback } from './external.ts';
import { externalSettings } from './external-settings.ts';
import { routeFactors } from './factors.ts';
import { reauthenticate } from './reauthenticate.ts';
import { recover, resend } from './recover.ts';
import { signup } from './signup.ts';
import { token } from './token.ts';
import { updateUser } from './update-user.ts';
import { verifyGet, verifyPost } from './verify.ts';

/** GET /settings: what this server supports, in GoTrue's shape. */
function settingsResponse(context: GoTrueContext): ApiResponse {
  return jsonResponse(200, {
    external: {
      ...externalSettings(context.settings),
      email: true,
      phone: false,
      anonymous_users: false,
    },
    disable_signup: false,
    mailer_autoconfirm: context.settings.autoconfirm,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  });
}

/**
 * GET /.well-known/jwks.json: the public halves of the signing keys, cacheable for ten minutes
 * (supabase/auth internal/api/jwks.go `WellKnownJwks`; symmetric keys are never listed).
 */
function jwksResponse(context: GoTrueContext): ApiResponse {
  const response = jsonResponse(200, context.signingKeys.jwks());
  return { ...response, headers: { ...response.headers, 'cache-control': 'public, max-age=600' } };
}

async function route(
  context: GoTrueContext,
  request: ApiRequest,
  path: string,
): Promise<ApiResponse> {
  const { method } = request;
  if (path === '/signup' && method === 'POST') return signup(context, request);
  if (path === '/token' && method === 'POST') return token(context, request);
  if (path === '/user' && method === 'GET') return getUser(context, request);
  if (path === '/user' && method === 'PUT') return updateUser(context, request);
  if (path === '/verify' && method === 'GET') return verifyGet(context, request);
  if (path === '/verify' && method === 'POST') return verifyPost(context, request);
  if (path === '/reauthenticate' && method === 'GET') return reauthenticate(context, request);
  if (path === '/recover' && method === 'POST') return recover(context, request);
  if (path === '/resend' && method === 'POST') return resend(context, request);
  if (path === '/logout' && method === 'POST') return signOut(context, request);
  if (path === '/settings' && method === 'GET') return settingsResponse(context);
  if (path === '/.well-known/jwks.json' && method === 'GET') return jwksResponse(context);
  if (path === '/authorize' && method === 'GET') return authorize(context, request);
  if (path === '/callback' && method === 'GET') return callback(context, request);
  if (path === '/health' && method === 'GET') {
    return jsonResponse(200, { version: 'local', name: 'GoTrue', description: 'local stand-in' });
  }
  const factors = routeFactors(context, request, path);
  if (factors) return factors;
  if (path === '/admin/users' && method === 'POST') return adminCreateUser(context, request);
  const userPath = /^\/admin\/users\/([^/]+)$/.exec(path);
  if (userPath) {
    const id = decodeURIComponent(userPath[1]!);
    if (method === 'GET') return adminGetUser(context, request, id);
    if (method === 'PUT') return adminUpdateUser(context, request, id);
    if (method === 'DELETE') return adminDeleteUser(context, request, id);
  }
  throw new GoTrueError(404, 'not_found', 'Not Found');
}

/** Handles a request whose gateway prefix `/auth/v1` was already removed from `path`. */
export async function handleGoTrue(
  context: GoTrueContext,
  request: ApiRequest,
  path: string,
): Promise<ApiResponse> {
  try {
    return await route(context, request, path);
  } catch (error) {
    if (!(error instanceof GoTrueError) && !(error instanceof OAuthError)) {
      // Unexpected: logged for the developer, never echoed (it could quote request data).
      console.error('local GoTrue: unexpected failure', error);
    }
    return goTrueErrorResponse(request, error);
  }
}
