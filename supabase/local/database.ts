/**
 * A local Supabase-like Postgres for tests and `npm run dev`: the project's migrations applied,
 * as the hosted migration role, to a database that has the roles, auth schema, default privileges
 * and Vault of a hosted project.
 *
 * By default it starts a throwaway embedded Postgres (own temp data dir, free port, stopped at
 * process exit). With SUPABASE_DB_URL set (e.g. `supabase start`'s database, connected as
 * postgres) it uses that database instead, bootstrapping it only if schema auth is missing.
 *
 * @example
 *   const db = await startLocalDatabase();
 *   // ... connect with new pg.Client({ connectionString: db.authenticatorUrl })
 *   await db.stop();
 */
import { randomBytes } from 'node:crypto';
import { startCluster, superuserConfig, SUPERUSER } from './database-cluster.ts';
import {
  applyMigrations,
  bootstrapDatabase,
  ensureRealtimeSchema,
  withClient,
} from './database-setup.ts';

export interface LocalDatabaseUrls {
  /** The cluster superuser (supabase_admin): test setup, seeding, catalog checks only. */
  adminUrl: string;
  /** postgres: NOT a superuser; owns the migrations' objects, like the hosted role. */
  postgresUrl: string;
  /** authenticator: the role PostgREST logs in as before SET ROLE anon/authenticated/service_role. */
  authenticatorUrl: string;
  /** supabase_auth_admin: the role GoTrue uses to write the auth schema. */
  authAdminUrl: string;
}

export interface LocalDatabase extends LocalDatabaseUrls {
  host: string;
  port: number;
  /** Versions of the migrations this start applied. */
  appliedMigrations: string[];
  stop(): Promise<void>;
}

export interface LocalDatabaseOptions {
  /** Runs after the bootstrap and before the migrations (e.g. to create a legacy table). */
  beforeMigrations?: (urls: LocalDatabaseUrls) => Promise<void>;
  /** Skip applying supabase/migrations (e.g. to apply them step by step in a test). */
  skipMigrations?: boolean;
  /** Persistent data directory (created from the template when empty), e.g. for `npm run dev`. */
  dataDir?: string;
  /** Fixed port; a free one by default. */
  port?: number;
  /** Receives Postgres' own log lines (silent by default). */
  log?: (message: string) => void;
  /** Use this database instead of starting one; defaults to the SUPABASE_DB_URL variable. */
  databaseUrl?: string;
}

const LOGIN_ROLES = ['postgres', 'authenticator', 'supabase_auth_admin', SUPERUSER] as const;

function url(role: string, password: string, host: string, port: number, database = 'postgres') {
  return `postgresql://${role}:${encodeURIComponent(password)}@${host}:${port}/${database}`;
}

function withUser(base: string, role: string): string {
  const parsed = new URL(base);
  parsed.username = role;
  return parsed.toString();
}

async function prepare(urls: LocalDatabaseUrls, options: LocalDatabaseOptions): Promise<string[]> {
  if (options.beforeMigrations) await options.beforeMigrations(urls);
  if (options.skipMigrations) return [];
  return withClient(urls.postgresUrl, (client) => applyMigrations(client));
}

/** Uses an existing database (SUPABASE_DB_URL), e.g. the one `supabase start` runs. */
async function useExisting(
  databaseUrl: string,
  options: LocalDatabaseOptions,
): Promise<LocalDatabase> {
  // `supabase start` gives every role the same password; SUPABASE_DB_ADMIN_URL overrides.
  const urls: LocalDatabaseUrls = {
    adminUrl: process.env.SUPABASE_DB_ADMIN_URL ?? withUser(databaseUrl, SUPERUSER),
    postgresUrl: databaseUrl,
    authenticatorUrl: withUser(databaseUrl, 'authenticator'),
    authAdminUrl: withUser(databaseUrl, 'supabase_auth_admin'),
  };
  await withClient(urls.adminUrl, (admin) => bootstrapDatabase(admin));
  const appliedMigrations = await prepare(urls, options);
  const parsed = new URL(databaseUrl);
  return {
    ...urls,
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    appliedMigrations,
    stop: () => Promise.resolve(),
  };
}

/** Starts (or reuses, see SUPABASE_DB_URL) a migrated local database. */
export async function startLocalDatabase(
  options: LocalDatabaseOptions = {},
): Promise<LocalDatabase> {
  const databaseUrl = options.databaseUrl ?? process.env.SUPABASE_DB_URL;
  if (databaseUrl) return useExisting(databaseUrl, options);

  const cluster = await startCluster({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.port ? { port: options.port } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    const host = '127.0.0.1';
    // Fresh random passwords on every start: the template (shared by every start on this
    // machine) and a persistent data dir never hold a password that still works.
    const passwords = Object.fromEntries(
      LOGIN_ROLES.map((role) => [role, randomBytes(18).toString('hex')]),
    ) as Record<(typeof LOGIN_ROLES)[number], string>;
    await withClient(superuserConfig(cluster.socketDir, cluster.port), async (admin) => {
      for (const role of LOGIN_ROLES) {
        await admin.query(`alter role ${role} password '${passwords[role]}'`);
      }
      // Each throwaway database gets its own Vault root key (a no-op once secrets exist).
      const { rows } = await admin.query<{ stand_in: boolean }>(
        `select to_regprocedure('vault_root_key.rekey_if_empty()') is not null as stand_in`,
      );
      if (rows[0]?.stand_in) await admin.query('select vault_root_key.rekey_if_empty()');
      // A persistent data dir copied from an older template lacks schema realtime.
      await ensureRealtimeSchema(admin);
    });
    const urls: LocalDatabaseUrls = {
      adminUrl: url(SUPERUSER, passwords[SUPERUSER], host, cluster.port),
      postgresUrl: url('postgres', passwords.postgres, host, cluster.port),
      authenticatorUrl: url('authenticator', passwords.authenticator, host, cluster.port),
      authAdminUrl: url('supabase_auth_admin', passwords.supabase_auth_admin, host, cluster.port),
    };
    const appliedMigrations = await prepare(urls, options);
    return { ...urls, host, port: cluster.port, appliedMigrations, stop: () => cluster.stop() };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
