/**
 * PostgREST's SQLSTATE → HTTP status table (src/PostgREST/Error.hs, mapSQLtoHTTP), which the app's
 * error handling relies on; checked row by row without a server.
 */
import { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import {
  fromDatabaseError,
  statusForSqlState,
} from '../../../supabase/local/api/postgrest/errors.ts';

describe('statusForSqlState', () => {
  it.each([
    ['23503', 409],
    ['23505', 409],
    ['25006', 405],
    ['42883', 404],
    ['42P01', 404],
    ['P0001', 400],
    ['P0002', 500],
    ['PT402', 402],
    ['08006', 503],
    ['28P01', 403],
    ['0LP01', 403],
    ['0P000', 403],
    ['53100', 503],
    ['53400', 500],
    ['57P01', 503],
    ['XX000', 500],
    ['22023', 400],
    ['23514', 400],
    ['22P02', 400],
  ])('%s → %i', (sqlState, status) => {
    expect(statusForSqlState(sqlState, 'message', true)).toBe(status);
  });

  it('answers 42501 with 401 for anon and 403 for a JWT role', () => {
    expect(statusForSqlState('42501', 'permission denied', false)).toBe(401);
    expect(statusForSqlState('42501', 'permission denied', true)).toBe(403);
  });

  it('answers a role from the JWT that does not exist with 401', () => {
    expect(statusForSqlState('22023', 'role "nobody" does not exist', true)).toBe(401);
  });
});

describe('fromDatabaseError', () => {
  it('keeps SQLSTATE, message, detail and hint, and adds WWW-Authenticate on 401', () => {
    const error = new DatabaseError('permission denied for function f', 0, 'error');
    error.code = '42501';
    error.detail = 'some detail';
    const mapped = fromDatabaseError(error, false);
    expect(mapped.status).toBe(401);
    expect(mapped.headers).toEqual({ 'www-authenticate': 'Bearer' });
    expect(mapped.body).toEqual({
      code: '42501',
      message: 'permission denied for function f',
      details: 'some detail',
      hint: null,
    });
  });

  it('answers a failure without SQLSTATE (connection) with 503 PGRST000', () => {
    expect(fromDatabaseError(new Error('connect ECONNREFUSED'), true)).toMatchObject({
      status: 503,
      body: { code: 'PGRST000' },
    });
  });
});
