/**
 * One migrated local database per test file (or describe block), with its pools and users,
 * started in beforeAll and stopped in afterAll. Call it at the top of the file, before the file's
 * own hooks: vitest runs beforeAll hooks in order and afterAll hooks in reverse (sequence.hooks
 * 'stack'), so the file's own setup sees a running database and its teardown runs before the
 * database stops.
 */
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { LocalDatabase, LocalDatabaseOptions } from '../../../supabase/local/database.ts';
import { createUser, startTestDatabase, type TestDatabase } from './db.ts';

export interface DatabaseSuiteOptions<User extends string> extends LocalDatabaseOptions {
  /** Names of the confirmed users to create, one after another, once the database is up. */
  users?: readonly User[];
}

/** What the tests use; read it inside hooks and tests only (it throws before beforeAll ran). */
export interface DatabaseSuite<User extends string> {
  readonly db: LocalDatabase;
  /** Superuser pool: setup, seeding and catalog checks only. */
  readonly admin: pg.Pool;
  /** authenticator pool: what PostgREST uses; pass to asUser/asAnon/asServiceRole. */
  readonly api: pg.Pool;
  /** The id in auth.users of each user named in the options. */
  readonly users: Readonly<Record<User, string>>;
}

export function useDatabaseSuite<const User extends string = never>(
  options: DatabaseSuiteOptions<User> = {},
): DatabaseSuite<User> {
  const { users: names = [], ...databaseOptions } = options;
  let started: TestDatabase | undefined;
  const users = {} as Record<User, string>;

  beforeAll(async () => {
    started = await startTestDatabase(databaseOptions);
    for (const name of names) users[name] = await createUser(started.admin);
  });
  afterAll(() => started?.stop());

  function running(): TestDatabase {
    if (!started) throw new Error('the database suite is read before its beforeAll ran');
    return started;
  }
  return {
    get db() {
      return running().db;
    },
    get admin() {
      return running().admin;
    },
    get api() {
      return running().api;
    },
    get users() {
      running();
      return users;
    },
  };
}
