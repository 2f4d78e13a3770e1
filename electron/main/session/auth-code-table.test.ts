/* The table lives in shared/; its completeness check reads auth-js's files, so it runs in main. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTH_CODE_REASONS,
  AUTH_REASONS,
  GENERIC,
  authReasonFor,
} from '../../../shared/auth-reasons.ts';

/** The `ErrorCode` union of the installed auth-js, read from its published types. */
function installedAuthErrorCodes(): string[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@supabase/auth-js/package.json'));
  const types = readFileSync(join(root, 'dist/module/lib/error-codes.d.ts'), 'utf8');
  const union = /export type ErrorCode =([^;]+);/.exec(types)?.[1] ?? '';
  return [...union.matchAll(/'([a-z0-9_]+)'/g)].map((match) => match[1] ?? '');
}

describe('the Auth error table', () => {
  const codes = installedAuthErrorCodes();

  it('reads the installed auth-js error codes', () => {
    expect(codes.length).toBeGreaterThan(80);
    expect(codes).toContain('weak_password');
  });

  it('maps every code auth-js knows, or marks it generic', () => {
    const missing = codes.filter((code) => !Object.hasOwn(AUTH_CODE_REASONS, code));
    expect(missing).toEqual([]);
  });

  it('maps only to the app’s reasons', () => {
    for (const reason of Object.values(AUTH_CODE_REASONS)) {
      expect([...AUTH_REASONS, GENERIC]).toContain(reason);
    }
  });

  it.each([
    [undefined, 401, 'api_key_refused'],
    [undefined, 429, 'rate_limited'],
    [undefined, 540, 'project_paused'],
    ['over_request_rate_limit', 429, 'rate_limited'],
    ['invalid_credentials', 400, 'wrong_credentials'],
    ['not_admin', 401, 'auth_failed'],
    ['some_future_code', 400, 'auth_failed'],
    ['some_future_code', 503, 'auth_unavailable'],
  ] as const)('%s with HTTP %i → %s', (code, status, reason) => {
    expect(authReasonFor(code, status)).toBe(reason);
  });
});
