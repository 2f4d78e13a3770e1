import { AppError } from '../../../shared/errors.ts';
import type { MainSupabaseClient } from './supabase-client.ts';
import { authError } from './auth-errors.ts';

/**
 * "Cambiar contraseña": the current password is checked by signing in with it (a page left open
 * must not be enough to change it), then the new one is set with `updateUser`. A wrong current
 * password is `current_password_wrong` on its own field; Auth's objections to the new one
 * (`same_password`, `weak_password`…) go on the new password's field.
 */
export async function changeAccountPassword(
  auth: MainSupabaseClient['auth'],
  input: { email: string; currentPassword: string; newPassword: string },
  mapError: (error: unknown) => AppError,
): Promise<void> {
  const check = await auth.signInWithPassword({
    email: input.email,
    password: input.currentPassword,
  });
  if (check.error) {
    const mapped = mapError(check.error);
    if (mapped.reason === 'wrong_credentials') {
      throw authError('current_password_wrong', { cause: check.error });
    }
    throw mapped;
  }
  const { error } = await auth.updateUser({ password: input.newPassword });
  if (!error) return;
  const mapped = mapError(error);
  if (mapped.field !== 'password') throw mapped;
  throw new AppError(mapped.code, mapped.reason, {
    field: 'newPassword',
    cause: error,
    ...(mapped.params ? { params: mapped.params } : {}),
  });
}
