/**
 * How PostgREST runs a request: one transaction on a connection logged in as `authenticator`,
 * switched with `set_config('role', …, true)` to the request's role, with the JWT claims and the
 * request's method, path and headers in transaction-local settings that RLS policies and
 * auth.uid() read. GET and HEAD run read-only, as PostgREST does.
 */
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../db-transaction.ts';
import type { ApiRequest } from '../http-io.ts';
import type { RequestIdentity } from './request-auth.ts';

/** The exposed schema, then Supabase's extra search path (PGRST_DB_EXTRA_SEARCH_PATH). */
const SEARCH_PATH = '"public", "extensions"';

export async function inRequestTransaction<T>(
  pool: Pool,
  request: ApiRequest,
  identity: RequestIdentity,
  /** The path PostgREST sees, without the gateway's `/rest/v1` prefix. */
  path: string,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  return inTransaction(
    pool,
    async (client) => {
      // Every value goes in as a parameter: the role name and claims come from the token.
      await client.query(
        `select set_config('search_path', $1, true),
                set_config('role', $2, true),
                set_config('request.jwt.claims', $3, true),
                set_config('request.method', $4, true),
                set_config('request.path', $5, true),
                set_config('request.headers', $6, true),
                set_config('request.cookies', $7, true)`,
        [
          SEARCH_PATH,
          identity.role,
          JSON.stringify(identity.claims),
          request.method,
          path,
          JSON.stringify(request.headers),
          JSON.stringify(parseCookies(request.headers['cookie'])),
        ],
      );
      return work(client);
    },
    { begin: `BEGIN ISOLATION LEVEL READ COMMITTED${readOnly ? ' READ ONLY' : ''}` },
  );
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}
