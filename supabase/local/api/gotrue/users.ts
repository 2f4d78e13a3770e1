/**
 * Users in auth.users and their email identities in auth.identities, written as GoTrue writes them
 * (through the supabase_auth_admin connection), and the user JSON GoTrue returns (models.User).
 */
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { factorsJson } from './factor-json.ts';

type Queryable = Pool | PoolClient;

export interface UserRow {
  id: string;
  aud: string;
  role: string;
  email: string;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  confirmation_sent_at: Date | null;
  confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  phone: string | null;
  banned_until: Date | null;
  is_anonymous: boolean;
  recovery_sent_at: Date | null;
  email_change: string | null;
  email_change_sent_at: Date | null;
}

interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: Record<string, unknown>;
  provider: string;
  last_sign_in_at: Date | null;
  created_at: Date;
  updated_at: Date;
  email: string | null;
}

export const USER_COLUMNS = `id, aud, role, email, encrypted_password, email_confirmed_at,
  confirmation_sent_at, confirmed_at, last_sign_in_at, raw_app_meta_data, raw_user_meta_data,
  created_at, updated_at, phone, banned_until, is_anonymous, recovery_sent_at, email_change,
  email_change_sent_at`;

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users
     where lower(email) = lower($1) and aud = 'authenticated' and is_sso_user = false`,
    [email],
  );
  return result.rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1`, [
    id,
  ]);
  return result.rows[0] ?? null;
}

export interface NewUser {
  email: string;
  passwordHash: string | null;
  confirmed: boolean;
  userMetadata: Record<string, unknown>;
  appMetadata: Record<string, unknown>;
}

/**
 * Inserts a user and its `email` identity in one transaction. As GoTrue does, the identity data
 * (sub, email, email_verified, phone_verified) is also merged into the user's metadata.
 */
export async function insertUser(client: PoolClient, user: NewUser): Promise<UserRow> {
  const id = randomUUID();
  const identityData = {
    sub: id,
    email: user.email,
    email_verified: user.confirmed,
    phone_verified: false,
  };
  const appMetadata = { provider: 'email', providers: ['email'], ...user.appMetadata };
  const userMetadata = { ...user.userMetadata, ...identityData };
  const inserted = await client.query<UserRow>(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
       email_confirmed_at, confirmation_sent_at, raw_app_meta_data, raw_user_meta_data,
       created_at, updated_at)
     values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3,
       case when $4::boolean then now() end, case when not $4::boolean then now() end,
       $5, $6, now(), now())
     returning ${USER_COLUMNS}`,
    [id, user.email, user.passwordHash, user.confirmed, appMetadata, userMetadata],
  );
  await client.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at,
       created_at, updated_at)
     values ($1::text, $1::uuid, $2, 'email', now(), now(), now())`,
    [id, identityData],
  );
  return inserted.rows[0]!;
}

export async function recordSignIn(db: Queryable, userId: string): Promise<void> {
  await db.query(
    `update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`,
    [userId],
  );
  await db.query(
    `update auth.identities set last_sign_in_at = now(), updated_at = now()
     where user_id = $1 and provider = 'email'`,
    [userId],
  );
}

/** Deletes a user; sessions, refresh tokens and identities go with it (GoTrue's hard delete). */
export async function deleteUser(client: PoolClient, userId: string): Promise<boolean> {
  await client.query(`delete from auth.refresh_tokens where user_id = $1`, [userId]);
  await client.query(`delete from auth.sessions where user_id = $1`, [userId]);
  await client.query(`delete from auth.identities where user_id = $1`, [userId]);
  const result = await client.query(`delete from auth.users where id = $1`, [userId]);
  return (result.rowCount ?? 0) > 0;
}

function time(value: Date | null): string | undefined {
  return value ? value.toISOString() : undefined;
}

/** GoTrue's user JSON; fields it marks `omitempty` are left out when empty. */
export async function userJson(db: Queryable, user: UserRow): Promise<Record<string, unknown>> {
  const identities = await db.query<IdentityRow>(
    `select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at,
            updated_at, email
     from auth.identities where user_id = $1 order by created_at`,
    [user.id],
  );
  return {
    id: user.id,
    aud: user.aud,
    role: user.role,
    email: user.email,
    email_confirmed_at: time(user.email_confirmed_at),
    phone: user.phone ?? '',
    confirmation_sent_at: time(user.confirmation_sent_at),
    recovery_sent_at: time(user.recovery_sent_at),
    new_email: user.email_change || undefined,
    email_change_sent_at: time(user.email_change_sent_at),
    confirmed_at: time(user.confirmed_at),
    last_sign_in_at: time(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: identities.rows.map((identity) => ({
      identity_id: identity.id,
      id: identity.provider_id,
      user_id: identity.user_id,
      identity_data: identity.identity_data,
      provider: identity.provider,
      last_sign_in_at: time(identity.last_sign_in_at),
      created_at: identity.created_at.toISOString(),
      updated_at: identity.updated_at.toISOString(),
      email: identity.email ?? undefined,
    })),
    created_at: user.created_at.toISOString(),
    updated_at: user.updated_at.toISOString(),
    banned_until: time(user.banned_until),
    factors: await factorsJson(db, user.id),
    is_anonymous: user.is_anonymous,
  };
}
