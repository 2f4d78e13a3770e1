import {
  AuthApiError,
  AuthRetryableFetchError,
  AuthSessionMissingError,
  AuthWeakPasswordError,
} from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { mapAuthError } from './auth-errors.ts';
import {
  createMainSupabaseClient,
  defaultStorageKey,
  forgetRefreshFailure,
} from './supabase-client.ts';

describe('mapAuthError', () => {
  it.each([
    [new AuthRetryableFetchError('fetch failed', 0), 'offline', 'auth_unreachable', undefined],
    [
      new AuthRetryableFetchError('Service Unavailable', 503),
      'server_error',
      'auth_unavailable',
      undefined,
    ],
    [
      new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'),
      'not_authenticated',
      'wrong_credentials',
      undefined,
    ],
    [
      new AuthApiError('Email not confirmed', 400, 'email_not_confirmed'),
      'not_authenticated',
      'email_not_confirmed',
      undefined,
    ],
    [
      new AuthApiError('User already registered', 422, 'user_already_exists'),
      'conflict',
      'account_exists',
      'email',
    ],
    [
      new AuthWeakPasswordError('weak', 422, ['length', 'characters']),
      'invalid_input',
      'weak_password',
      'password',
    ],
    [
      new AuthApiError('gone', 400, 'refresh_token_not_found'),
      'not_authenticated',
      'session_ended',
      undefined,
    ],
    [
      new AuthApiError('boom', 500, 'unexpected_failure'),
      'server_error',
      'auth_unavailable',
      undefined,
    ],
    [
      new AuthApiError('Invalid API key', 401, undefined),
      'not_configured',
      'api_key_refused',
      undefined,
    ],
    [new AuthApiError('paused', 540, undefined), 'server_error', 'project_paused', undefined],
    [new AuthSessionMissingError(), 'not_authenticated', 'sign_in_first', undefined],
    [new Error('anything else'), 'server_error', 'auth_failed', undefined],
  ])('%s → %s (%s)', (error, code, reason, field) => {
    const mapped = mapAuthError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.code).toBe(code);
    expect(mapped.reason).toBe(reason);
    expect(mapped.field).toBe(field);
  });

  it('keeps the weak-password reasons GoTrue gave, and only known ones', () => {
    const mapped = mapAuthError(
      new AuthWeakPasswordError('weak', 422, ['pwned', 'made-up'] as never),
    );
    expect(mapped.params).toEqual({ passwordReasons: ['pwned'] });
  });

  it('never repeats the server message (it could quote the request)', () => {
    const mapped = mapAuthError(
      new AuthApiError('password CANARY-pass is weak', 422, 'weak_password'),
    );
    expect(mapped.message).not.toContain('CANARY');
    expect(JSON.stringify(mapped.toPayload())).not.toContain('CANARY');
  });
});

describe('main supabase client', () => {
  it('uses the storage key auth-js would use for the project', () => {
    expect(defaultStorageKey('https://abcd.supabase.co')).toBe('sb-abcd-auth-token');
  });

  it('can clear auth-js’s refresh-failure cooldown (fails if an upgrade renames the field)', () => {
    const client = createMainSupabaseClient({
      supabaseUrl: 'http://127.0.0.1:9',
      supabaseAnonKey: 'anon',
      storage: {
        getItem: () => Promise.resolve(null),
        setItem: () => Promise.resolve(),
        removeItem: () => Promise.resolve(),
      },
      storageKey: 'sb-test-auth-token',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const auth = client.auth as unknown as Record<string, unknown>;
    expect('lastRefreshFailure' in auth).toBe(true);
    auth.lastRefreshFailure = { refreshToken: 'x', result: null, expiresAt: Date.now() + 60_000 };
    forgetRefreshFailure(client);
    expect(auth.lastRefreshFailure).toBeNull();
  });
});
