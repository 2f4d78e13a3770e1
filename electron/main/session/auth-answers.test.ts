import { describe, expect, it } from 'vitest';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import { mapAuthError } from './auth-errors.ts';
import { classifyAuthAnswer } from './auth-verdict.ts';
import type { AuthAnswerSeen, FetchLike } from './observed-fetch.ts';
import { createObservedFetch, retryAfterSeconds } from './observed-fetch.ts';
import { createMainSupabaseClient } from './supabase-client.ts';

/*
 * The answers hosted Supabase gives, as bytes on the wire, through the real supabase-js: GoTrue
 * error bodies (internal/api/errors.go HTTPError: `code`, `msg`, with the 2024-01-01 API version
 * header), the gateway's 401 for a refused key (`{"message":"Invalid API key"}`, no Auth code),
 * and a paused project's 540.
 */
const GOTRUE = { 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' };

/**
 * A supabase-js client whose every request gets this answer; `observe` wraps the answering fetch
 * (as the app wraps its own with createObservedFetch).
 */
function clientAnswering(
  status: number,
  body: unknown,
  headers: Record<string, string> = GOTRUE,
  observe: (answer: FetchLike) => FetchLike = (answer) => answer,
) {
  const answer: FetchLike = () =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
    );
  return createMainSupabaseClient({
    supabaseUrl: 'https://abcd.supabase.co',
    supabaseAnonKey: 'sb_publishable_test',
    storage: {
      getItem: () => Promise.resolve(null),
      setItem: () => Promise.resolve(),
      removeItem: () => Promise.resolve(),
    },
    storageKey: 'sb-abcd-auth-token',
    fetch: observe(answer),
  });
}

async function signInReason(status: number, body: unknown, headers?: Record<string, string>) {
  const client = clientAnswering(status, body, headers);
  const { error } = await client.auth.signInWithPassword({ email: 'a@b.co', password: 'x' });
  return mapAuthError(error);
}

describe('Auth answers through supabase-js', () => {
  it.each<[number, unknown, AuthReason]>([
    [400, { code: 'invalid_credentials', msg: 'Invalid login credentials' }, 'wrong_credentials'],
    [400, { code: 'email_not_confirmed', msg: 'Email not confirmed' }, 'email_not_confirmed'],
    [400, { code: 'email_address_not_authorized', msg: 'x' }, 'email_not_authorized'],
    [429, { code: 'over_request_rate_limit', msg: 'x' }, 'rate_limited'],
    [429, { code: 'over_email_send_rate_limit', msg: 'x' }, 'email_rate_limited'],
    [
      422,
      { code: 'validation_failed', msg: 'Password cannot be longer than 72 characters' },
      'input_invalid',
    ],
    [403, { code: 'user_banned', msg: 'User is banned' }, 'account_suspended'],
    [
      401,
      { message: 'Invalid API key', hint: 'Double check your Supabase `anon` key.' },
      'api_key_refused',
    ],
    [401, { message: 'Legacy API keys are disabled' }, 'api_key_refused'],
    [540, { message: 'Project paused' }, 'project_paused'],
  ])('HTTP %i %j → %s', async (status, body, reason) => {
    const mapped = await signInReason(status, body);
    expect(mapped.reason).toBe(reason);
  });

  it('a weak password keeps the reasons of the project’s policy', async () => {
    const mapped = await signInReason(422, {
      code: 'weak_password',
      msg: 'Password should contain at least one character of each: abc…',
      weak_password: { reasons: ['characters'] },
    });
    expect(mapped).toMatchObject({
      code: 'invalid_input',
      reason: 'weak_password',
      field: 'password',
      params: { passwordReasons: ['characters'] },
    });
  });

  it('a wrong password is not a session that ended', async () => {
    const mapped = await signInReason(400, { code: 'invalid_credentials', msg: 'x' });
    expect(mapped.reason).not.toBe('session_ended');
  });
});

describe('refresh answers and the session', () => {
  const headers = new Headers(GOTRUE);
  it.each<[number, unknown, boolean, 'rejected' | 'transient']>([
    [400, { code: 'validation_failed' }, true, 'rejected'],
    [422, { code: 'validation_failed' }, false, 'transient'],
    [401, { message: 'Invalid API key' }, true, 'transient'],
    [429, { code: 'over_request_rate_limit' }, true, 'transient'],
    [540, null, true, 'transient'],
    [400, { code: 'refresh_token_not_found' }, true, 'rejected'],
  ])('HTTP %i %j (refresh: %s) → %s', (status, body, refresh, verdict) => {
    expect(classifyAuthAnswer(status, body, headers, refresh)).toBe(verdict);
  });
});

describe('a rate limit says how long to wait', () => {
  it('from the Retry-After header auth-js does not keep', async () => {
    let seen: AuthAnswerSeen | undefined;
    const client = clientAnswering(
      429,
      { code: 'over_request_rate_limit', msg: 'x' },
      { ...GOTRUE, 'retry-after': '30' },
      (base) => createObservedFetch({ base, onAuthAnswer: (answer) => (seen = answer) }),
    );
    const { error } = await client.auth.signInWithPassword({ email: 'a@b.co', password: 'x' });
    expect(mapAuthError(error, seen)).toMatchObject({
      code: 'rate_limited',
      reason: 'rate_limited',
      params: { retryAfterSeconds: 30 },
    });
  });

  it('reads seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds(new Headers({ 'retry-after': '12' }), now)).toBe(12);
    expect(
      retryAfterSeconds(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:01:00 GMT' }), now),
    ).toBe(60);
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterSeconds(new Headers(), now)).toBeUndefined();
  });
});
