/**
 * Test users, made and removed through GoTrue's admin API (service_role key), so the same helper
 * works on the local stack and on a real project. Each user gets a unique address and password.
 */
import { randomBytes } from 'node:crypto';
import { serviceRoleClient } from './supabase-clients.ts';
import type { SupabaseTarget } from './supabase-target.ts';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** A unique address on a reserved domain (RFC 2606), tagged for finding leftovers. */
export function uniqueEmail(label = 'user'): string {
  return `aterges-test-${label}-${Date.now()}-${randomBytes(4).toString('hex')}@example.com`;
}

/**
 * A unique password that meets `supabase/config.toml`'s policy (12 characters with lower case,
 * upper case and digits), which the local Auth stand-in enforces as a project would.
 */
export function uniquePassword(): string {
  return `Pw1-${randomBytes(12).toString('base64url')}`;
}

/** Creates a confirmed user (or an unconfirmed one with `emailConfirm: false`). */
export async function createTestUser(
  target: SupabaseTarget,
  options: { label?: string; emailConfirm?: boolean } = {},
): Promise<TestUser> {
  const email = uniqueEmail(options.label);
  const password = uniquePassword();
  const { data, error } = await serviceRoleClient(target).auth.admin.createUser({
    email,
    password,
    email_confirm: options.emailConfirm ?? true,
  });
  if (error) throw error;
  return { id: data.user.id, email, password };
}

/** Deletes users made by createTestUser; a user already gone is not an error. */
export async function deleteTestUsers(target: SupabaseTarget, users: TestUser[]): Promise<void> {
  const admin = serviceRoleClient(target);
  for (const user of users) {
    const { error } = await admin.auth.admin.deleteUser(user.id);
    if (error && error.status !== 404) throw error;
  }
}
