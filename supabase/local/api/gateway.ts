/**
 * The API gateway in front of a Supabase project (Kong's key-auth plugin): every /rest and /auth
 * route needs the project's anon or service_role key in the `apikey` header (or `?apikey=`), and
 * refuses the request with 401 before it reaches PostgREST or GoTrue otherwise.
 */
import type { ApiRequest, ApiResponse } from './http-io.ts';
import { jsonResponse } from './http-io.ts';

export interface ApiKeys {
  anonKey: string;
  serviceRoleKey: string;
}

/** Returns the gateway's refusal, or null when the request carries a valid API key. */
export function checkApiKey(request: ApiRequest, keys: ApiKeys): ApiResponse | null {
  const apikey = request.headers['apikey'] ?? request.url.searchParams.get('apikey');
  if (!apikey) {
    return jsonResponse(401, {
      message: 'No API key found in request',
      hint: 'No `apikey` request header or url param was found.',
    });
  }
  if (apikey !== keys.anonKey && apikey !== keys.serviceRoleKey) {
    return jsonResponse(401, {
      message: 'Invalid API key',
      hint: 'Double check your Supabase `anon` or `service_role` API key.',
    });
  }
  return null;
}
