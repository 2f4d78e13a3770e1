import { describe, expect, it } from 'vitest';
import { secondFactorStateOf } from './second-factor-state.ts';

function token(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}.signature`;
}

const verified = [{ id: 'f', status: 'verified', factor_type: 'totp' }];
const unverified = [{ id: 'f', status: 'unverified', factor_type: 'totp' }];

describe('secondFactorStateOf', () => {
  it('a password-only session of a user with a verified factor still needs the code', () => {
    expect(secondFactorStateOf(token({ aal: 'aal1' }), verified)).toBe('needed');
  });

  it('an aal2 session has proven it', () => {
    expect(secondFactorStateOf(token({ aal: 'aal2' }), verified)).toBe('verified');
  });

  it('no factor, or only an unfinished enrolment, asks for nothing', () => {
    expect(secondFactorStateOf(token({ aal: 'aal1' }), undefined)).toBe('none');
    expect(secondFactorStateOf(token({ aal: 'aal1' }), unverified)).toBe('none');
  });

  it('a token it cannot read counts as password-only', () => {
    expect(secondFactorStateOf('not-a-jwt', verified)).toBe('needed');
    expect(secondFactorStateOf('a.%%%.c', verified)).toBe('needed');
    expect(secondFactorStateOf(token({}), verified)).toBe('needed');
  });
});
