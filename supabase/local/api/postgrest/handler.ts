/**
 * The PostgREST half of the local API (`/rest/v1/*` behind the gateway): authenticate, pick the
 * function or table, run it in the request's transaction, and answer errors PostgREST's way.
 */
import type { Pool } from 'pg';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import type { SigningKeys } from '../signing-keys.ts';
import { errorResponse, fromDatabaseError, pgrstError } from './errors.ts';
import { identifyRequest } from './request-auth.ts';
import type { RequestIdentity } from './request-auth.ts';
import { inRequestTransaction } from './request-transaction.ts';
import { callRoutine, readRpcArguments } from './rpc.ts';
import { readTable } from './tables.ts';

export interface PostgrestOptions {
  /** Connections logged in as `authenticator`. */
  pool: Pool;
  /** PostgREST's jwt-secret: the project's JWKS (ES256 public key and the legacy secret). */
  signingKeys: SigningKeys;
}

/** Handles a request whose gateway prefix `/rest/v1` was already removed from `path`. */
export async function handlePostgrest(
  options: PostgrestOptions,
  request: ApiRequest,
  path: string,
): Promise<ApiResponse> {
  let identity: RequestIdentity | null = null;
  try {
    identity = await identifyRequest(request, options.signingKeys);
    const segments = path
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
    if (segments.length === 2 && segments[0] === 'rpc') {
      const args = readRpcArguments(request);
      const name = segments[1]!;
      return await inRequestTransaction(options.pool, request, identity, path, (client) =>
        callRoutine(client, request, name, args),
      );
    }
    if (segments.length !== 1) {
      if (segments.length === 0)
        throw pgrstError(404, 'PGRST126', 'Root endpoint metadata is disabled');
      throw pgrstError(404, 'PGRST125', 'Invalid path specified in request URL');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // The app writes through functions only; table writes are not part of this stand-in.
      throw pgrstError(
        400,
        'PGRST127',
        'Feature not implemented',
        `${request.method} on tables is not served by the local Supabase API`,
      );
    }
    const table = segments[0]!;
    return await inRequestTransaction(options.pool, request, identity, path, (client) =>
      readTable(client, request, table),
    );
  } catch (error) {
    return errorResponse(fromDatabaseError(error, identity?.authed ?? false));
  }
}
