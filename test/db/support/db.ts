/**
 * Test helpers for the database tests: a migrated local database, users in auth.users, and
 * callbacks run the way PostgREST runs a request (log in as authenticator, then per transaction
 * `SET LOCAL ROLE <role>` and the JWT claims in request.jwt.claims).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  startLocalDatabase,
  type LocalDatabase,
  type LocalDatabaseOptions,
} from '../../../supabase/local/database.ts';

export interface TestDatabase {
  db: LocalDatabase;
  /** Superuser pool: setup, seeding and catalog checks only. */
  admin: pg.Pool;
  /** authenticator pool: what PostgREST uses; pass to asUser/asAnon/asServiceRole. */
  api: pg.Pool;
  stop(): Promise<void>;
}

export async function startTestDatabase(options: LocalDatabaseOptions = {}): Promise<TestDatabase> {
  const db = await startLocalDatabase(options);
  const admin = new pg.Pool({ connectionString: db.adminUrl, max: 4 });
  const api = new pg.Pool({ connectionString: db.authenticatorUrl, max: 8 });
  // Idle clients hear the server's shutdown notice while the pools close; that is expected.
  for (const pool of [admin, api]) pool.on('error', () => undefined);
  return {
    db,
    admin,
    api,
    async stop() {
      await Promise.all([admin.end(), api.end()]);
      await db.stop();
    },
  };
}

/** Creates a confirmed user in auth.users, as GoTrue would, and returns its id. */
export async function createUser(admin: pg.Pool, email?: string): Promise<string> {
  const id = randomUUID();
  await admin.query(
    `insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at,
                             raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
     values ($1, 'authenticated', 'authenticated', $2, '', now(),
             '{"provider":"email","providers":["email"]}', '{}', now(), now())`,
    [id, email ?? `${id}@example.test`],
  );
  return id;
}

/** The claims of a user's access token, as GoTrue issues them. */
export function userClaims(userId: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: userId,
    role: 'authenticated',
    aud: 'authenticated',
    iat: now,
    exp: now + 3600,
    email: `${userId}@example.test`,
    aal: 'aal1',
    session_id: randomUUID(),
    is_anonymous: false,
  };
}

/** Runs `run` in one transaction as `role` with `claims`, exactly as PostgREST does per request. */
export async function asRole<T>(
  api: pg.Pool,
  role: 'anon' | 'authenticated' | 'service_role',
  claims: Record<string, unknown> | null,
  run: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await api.connect();
  try {
    await client.query('begin');
    await client.query(`set local role ${role}`);
    if (claims) {
      await client.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify(claims),
      ]);
    }
    const result = await run(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function asUser<T>(
  api: pg.Pool,
  userId: string,
  run: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return asRole(api, 'authenticated', userClaims(userId), run);
}

/** A request without a user token: PostgREST uses the anon role and the anon key's claims. */
export function asAnon<T>(api: pg.Pool, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return asRole(api, 'anon', { role: 'anon', iss: 'supabase' }, run);
}

/** A request with the service_role key (no sub). */
export function asServiceRole<T>(
  api: pg.Pool,
  run: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return asRole(api, 'service_role', { role: 'service_role', iss: 'supabase' }, run);
}

export interface SqlError {
  code: string;
  message: string;
  /** Everything the server sent back about the error, for leak checks. */
  text: string;
}

/** Awaits a promise that must fail with a Postgres error and returns the error's parts. */
export async function sqlError(promise: Promise<unknown>): Promise<SqlError> {
  try {
    await promise;
  } catch (error) {
    const e = error as pg.DatabaseError;
    if (typeof e.code !== 'string') throw error;
    const text = [e.message, e.detail, e.hint, e.where, e.internalQuery, e.schema, e.table]
      .filter(Boolean)
      .join('\n');
    return { code: e.code, message: e.message, text };
  }
  throw new Error('expected a database error, but the call succeeded');
}
