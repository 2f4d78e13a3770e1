import { z } from 'zod';

/*
 * The app's password rule, the only one: the sign-up form, main and the local Auth stand-in use
 * it. GoTrue hashes with bcrypt, which reads at most 72 bytes, so Auth refuses longer passwords
 * with `validation_failed` (internal/api/password.go, "Password cannot be longer than 72
 * characters"); the limit is in UTF-8 bytes, so accents and emoji count more than one.
 * A project may ask for more (minimum_password_length, password_requirements in config.toml);
 * Auth then answers `weak_password` with its reasons, which the app shows as they come.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_BYTES = 72;

export function passwordBytes(password: string): number {
  return new TextEncoder().encode(password).length;
}

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'password_too_short' })
  .refine((value) => passwordBytes(value) <= PASSWORD_MAX_BYTES, {
    message: 'password_too_long',
  });
