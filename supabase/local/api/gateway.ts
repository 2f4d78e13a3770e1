/**
 * The API gateway in front of a Supabase project: every /rest and /auth route needs one of the
 * project's API keys in the `apikey` header (or `?apikey=`) and is refused with 401 before it
 * reaches PostgREST or GoTrue otherwise. Like a new hosted project it takes:
 * - the publishable key (`sb_publishable_…`, acts as anon) and the secret key (`sb_secret_…`, acts
 *   as service_role); they are not JWTs, so the gateway puts a short-lived JWT of the key's role
 *   in `Authorization` when the client sent none or sent the key itself as `Bearer sb_…`
 *   (supabase-js 2.119 does: lib/fetch.ts `fetchWithAuth`). The translation follows Supabase's
 *   self-hosted Kong config (kong-entrypoint.sh `LUA_AUTH_EXPR`); hosted mints the JWT per request;
 * - a secret key is refused from a browser, matched on the `User-Agent` (Supabase docs, "API keys":
 *   "You cannot use a secret key in the browser … it will always reply with HTTP 401");
 * - the legacy JWT anon/service_role keys, unless they were disabled in the dashboard: then 401
 *   "Legacy API keys are disabled".
 * Paths GoTrue serves without a key (Kong's `auth-v1-open*` routes, and the JWKS) pass unchecked.
 */
import { randomBytes } from 'node:crypto';
import type { ApiRequest, ApiResponse } from './http-io.ts';
import { jsonResponse } from './http-io.ts';
import type { JwtAlgorithm, SigningKeys } from './signing-keys.ts';

export interface ApiKeys {
  anonKey: string;
  serviceRoleKey: string;
  publishableKey: string;
  secretKey: string;
}

/** Switches a test may flip at runtime, like the dashboard's. */
export interface GatewaySettings {
  /** "Disable JWT-based API keys" in the dashboard's API Keys page. */
  legacyApiKeysEnabled: boolean;
}

export type ApiKeyRole = 'anon' | 'service_role';

export type ApiKeyCheck =
  | { ok: true; role: ApiKeyRole; kind: 'publishable' | 'secret' | 'legacy' }
  | { ok: false; status: number; body: Record<string, string> };

/** Paths under /auth/v1 that need no API key (Kong's auth-v1-open routes; the public JWKS). */
const OPEN_AUTH_PATHS = new Set(['/verify', '/callback', '/authorize', '/.well-known/jwks.json']);

/** How long the role JWT the gateway puts in front of PostgREST/GoTrue lives. */
const HTTP_ROLE_TOKEN_SECONDS = 5 * 60;

function randomKeyPart(bytes: number): string {
  return randomBytes(bytes).toString('base64url').replace(/[-_]/g, 'x');
}

/** `sb_publishable_<22 random>_<8 random>`, the shape of the keys the dashboard shows. */
export function generateApiKey(kind: 'publishable' | 'secret'): string {
  return `sb_${kind}_${randomKeyPart(16).slice(0, 22)}_${randomKeyPart(6).slice(0, 8)}`;
}

export function isOpenAuthPath(path: string): boolean {
  return OPEN_AUTH_PATHS.has(path);
}

/** Browsers send `Mozilla/5.0 …`; Node's fetch, curl and the SDKs do not. */
function fromBrowser(userAgent: string | undefined): boolean {
  return typeof userAgent === 'string' && userAgent.startsWith('Mozilla/');
}

export function resolveApiKey(
  apikey: string | null | undefined,
  userAgent: string | undefined,
  keys: ApiKeys,
  settings: GatewaySettings,
): ApiKeyCheck {
  if (!apikey) {
    return {
      ok: false,
      status: 401,
      body: {
        message: 'No API key found in request',
        hint: 'No `apikey` request header or url param was found.',
      },
    };
  }
  if (apikey === keys.publishableKey) return { ok: true, role: 'anon', kind: 'publishable' };
  if (apikey === keys.secretKey) {
    if (fromBrowser(userAgent)) {
      return {
        ok: false,
        status: 401,
        body: {
          message: 'Forbidden use of secret API key in browser',
          hint: 'Secret API keys can only be used in a protected environment and should never be used in a browser. Use a publishable API key instead.',
        },
      };
    }
    return { ok: true, role: 'service_role', kind: 'secret' };
  }
  if (apikey === keys.anonKey || apikey === keys.serviceRoleKey) {
    if (!settings.legacyApiKeysEnabled) {
      return {
        ok: false,
        status: 401,
        body: {
          message: 'Legacy API keys are disabled',
          hint: 'Your legacy API keys (anon, service_role) were disabled. Re-enable them in the Supabase dashboard, or use the new publishable and secret API keys.',
        },
      };
    }
    return { ok: true, role: apikey === keys.anonKey ? 'anon' : 'service_role', kind: 'legacy' };
  }
  return {
    ok: false,
    status: 401,
    body: {
      message: 'Invalid API key',
      hint: 'Double check your Supabase `anon` or `service_role` API key.',
    },
  };
}

/** A JWT of the key's role, as the gateway hands PostgREST, GoTrue and Realtime for `sb_` keys. */
export function roleToken(
  role: ApiKeyRole,
  signingKeys: SigningKeys,
  algorithm: JwtAlgorithm,
  lifetimeSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return signingKeys.sign(
    { iss: 'supabase', role, iat: now, exp: now + lifetimeSeconds },
    algorithm,
  );
}

export interface GatewayContext {
  keys: ApiKeys;
  settings: GatewaySettings;
  signingKeys: SigningKeys;
  algorithm: () => JwtAlgorithm;
}

/**
 * Checks the request's API key. Returns the gateway's refusal, or the request as the service
 * behind it sees it (with the role JWT in `Authorization` for a publishable or secret key).
 */
export async function passGateway(
  request: ApiRequest,
  context: GatewayContext,
): Promise<{ refusal: ApiResponse } | { request: ApiRequest }> {
  const apikey = request.headers['apikey'] ?? request.url.searchParams.get('apikey');
  const check = resolveApiKey(
    apikey,
    request.headers['user-agent'],
    context.keys,
    context.settings,
  );
  if (!check.ok) return { refusal: jsonResponse(check.status, check.body) };
  if (check.kind === 'legacy') return { request };
  const authorization = request.headers['authorization'];
  if (authorization !== undefined && !authorization.startsWith('Bearer sb_')) return { request };
  const token = await roleToken(
    check.role,
    context.signingKeys,
    context.algorithm(),
    HTTP_ROLE_TOKEN_SECONDS,
  );
  return {
    request: { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } },
  };
}
