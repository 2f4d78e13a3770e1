/**
 * GoTrue's checkPasswordStrength (supabase/auth internal/api/password.go): over 72 bytes is 400
 * validation_failed (bcrypt's limit); too short or missing a required character set is 422
 * weak_password with `weak_password.reasons` (`length`, `characters`). Lengths are in bytes, as Go's
 * len(). The character sets are those the Supabase CLI writes for `password_requirements`
 * (supabase/cli pkg/config/auth.go, PasswordRequirements.ToChar).
 */
import type { AuthSettings, PasswordRequirements } from './auth-settings.ts';
import { badRequest, GoTrueError } from './errors.ts';

export const MAX_PASSWORD_BYTES = 72;

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const SYMBOLS = '!@#$%^&*()_+-=[]{};\'\\:"|<>?,./`~';

const CHARACTER_SETS: Record<PasswordRequirements, string[]> = {
  '': [],
  letters_digits: [LOWER + UPPER, DIGITS],
  lower_upper_letters_digits: [LOWER, UPPER, DIGITS],
  lower_upper_letters_digits_symbols: [LOWER, UPPER, DIGITS, SYMBOLS],
};

type PasswordPolicy = Pick<AuthSettings, 'passwordMinLength' | 'passwordRequirements'>;

export function checkPasswordStrength(policy: PasswordPolicy, password: string): void {
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes > MAX_PASSWORD_BYTES) {
    throw badRequest(
      'validation_failed',
      `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`,
    );
  }
  const reasons: string[] = [];
  const messages: string[] = [];
  if (bytes < policy.passwordMinLength) {
    reasons.push('length');
    messages.push(`Password should be at least ${policy.passwordMinLength} characters.`);
  }
  const sets = CHARACTER_SETS[policy.passwordRequirements];
  if (sets.some((set) => ![...set].some((char) => password.includes(char)))) {
    reasons.push('characters');
    messages.push(`Password should contain at least one character of each: ${sets.join(', ')}.`);
  }
  if (reasons.length > 0) {
    throw new GoTrueError(422, 'weak_password', messages.join(' '), reasons);
  }
}
