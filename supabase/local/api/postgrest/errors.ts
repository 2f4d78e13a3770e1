/**
 * PostgREST's error responses: the `{code, message, details, hint}` body, its SQLSTATE → HTTP
 * status mapping and its headers, as in PostgREST's src/PostgREST/Error.hs (mapSQLtoHTTP,
 * JwtError, ApiRequestError, SchemaCacheError).
 */
import { DatabaseError } from 'pg';
import type { ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';

export interface PostgrestErrorBody {
  code: string;
  message: string;
  details: string | null;
  hint: string | null;
}

/** An error PostgREST would answer with; thrown by the handlers and turned into a response. */
export class PostgrestHttpError extends Error {
  readonly status: number;
  readonly body: PostgrestErrorBody;
  readonly headers: Record<string, string>;

  constructor(status: number, body: PostgrestErrorBody, headers: Record<string, string> = {}) {
    super(body.message);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export function pgrstError(
  status: number,
  code: string,
  message: string,
  details: string | null = null,
  hint: string | null = null,
  headers: Record<string, string> = {},
): PostgrestHttpError {
  return new PostgrestHttpError(status, { code, message, details, hint }, headers);
}

/**
 * HTTP status for a SQLSTATE, PostgREST's mapSQLtoHTTP. `authed` is whether the request ran as a
 * role other than the anonymous one: an insufficient privilege is then 403, else 401.
 */
export function statusForSqlState(sqlState: string, message: string, authed: boolean): number {
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    '53400': 500,
    '57P01': 503,
    P0001: 400,
    '42P01': 404,
    '42P17': 500,
  };
  if (sqlState === '42501') return authed ? 403 : 401;
  if (sqlState === '42883') return message.startsWith('function xmlagg(') ? 406 : 404;
  if (sqlState === '21000') return message.endsWith('requires a WHERE clause') ? 400 : 500;
  if (sqlState === '22023') {
    // A role named in the JWT that does not exist (PostgREST issue 3601).
    return /^(role|invalid value for parameter "role")/.test(message) ? 401 : 400;
  }
  const status = exact[sqlState];
  if (status !== undefined) return status;
  if (sqlState.startsWith('PT')) {
    const custom = Number(sqlState.slice(2));
    return Number.isInteger(custom) && custom >= 100 && custom <= 599 ? custom : 500;
  }
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  return byClass[sqlState.slice(0, 2)] ?? 400;
}

/** Turns whatever a database call threw into PostgREST's answer for it. */
export function fromDatabaseError(error: unknown, authed: boolean): PostgrestHttpError {
  if (error instanceof PostgrestHttpError) return error;
  if (error instanceof DatabaseError && error.code) {
    const status = statusForSqlState(error.code, error.message, authed);
    const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    return pgrstError(
      status,
      error.code,
      error.message,
      error.detail ?? null,
      error.hint ?? null,
      headers,
    );
  }
  // No SQLSTATE: the connection itself failed (PostgREST's ConnectionUsageError, 503).
  return pgrstError(
    503,
    'PGRST000',
    'Database connection error. Retrying the connection.',
    error instanceof Error ? error.message : null,
  );
}

/** The response for an error, with PostgREST's `Proxy-Status` header. */
export function errorResponse(error: PostgrestHttpError): ApiResponse {
  return jsonResponse(error.status, error.body, {
    'proxy-status': `PostgREST; error=${error.body.code}`,
    ...error.headers,
  });
}
