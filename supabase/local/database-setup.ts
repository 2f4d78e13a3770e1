/**
 * What turns an empty Postgres into a Supabase-like project: the bootstrap (roles, auth schema,
 * default privileges, Vault), and the migration runner that applies supabase/migrations in order
 * the way the Supabase CLI does, recording each in supabase_migrations.schema_migrations.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import {
  applyAndRecord,
  ensureHistoryTable,
  recordedVersions,
} from '../../electron/main/setup/migration-history.ts';

const localDir = import.meta.dirname;
export const migrationsDir = join(localDir, '../migrations');
export const bootstrapFiles = [
  'bootstrap.sql',
  'vault-stand-in.sql',
  'bootstrap-vault-extension.sql',
  'vault-grants.sql',
  'realtime-stand-in.sql',
];

/** Runs one callback on a fresh connection and always closes it. */
export async function withClient<T>(
  connection: string | pg.ClientConfig,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(
    typeof connection === 'string' ? { connectionString: connection } : connection,
  );
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function sqlFile(name: string): Promise<string> {
  return readFile(join(localDir, name), 'utf8');
}

/**
 * Gives the database what a hosted project has before its migrations. Skipped when schema auth
 * already exists (a database from `supabase start`, or a persistent data dir already set up).
 * Uses the real supabase_vault extension when the server has it, else the stand-in.
 */
export async function bootstrapDatabase(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ has_auth: boolean; has_vault_extension: boolean }>(
    `select exists (select 1 from pg_namespace where nspname = 'auth') as has_auth,
            exists (select 1 from pg_available_extensions where name = 'supabase_vault')
              as has_vault_extension`,
  );
  const state = rows[0]!;
  if (!state.has_auth) {
    await admin.query(await sqlFile('bootstrap.sql'));
    await admin.query(
      await sqlFile(
        state.has_vault_extension ? 'bootstrap-vault-extension.sql' : 'vault-stand-in.sql',
      ),
    );
    await admin.query(await sqlFile('vault-grants.sql'));
  }
  await ensureRealtimeSchema(admin);
}

/**
 * Gives the database the part of schema realtime that Broadcast from the database needs (see
 * realtime-stand-in.sql), unless it has realtime.messages already (`supabase start`'s database,
 * or a data dir set up earlier). Also run on every start of a persistent data dir, which may
 * predate this file.
 */
export async function ensureRealtimeSchema(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ present: boolean }>(
    `select to_regclass('realtime.messages') is not null as present`,
  );
  if (!rows[0]?.present) await admin.query(await sqlFile('realtime-stand-in.sql'));
}

export interface MigrationFile {
  version: string;
  name: string;
  path: string;
}

/** The migrations in supabase/migrations, ordered by their timestamp version as the CLI does. */
export async function listMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  const files = (await readdir(dir)).filter((file) => /^\d+_.+\.sql$/.test(file)).sort();
  return files.map((file) => {
    const [, version = '', name = ''] = /^(\d+)_(.+)\.sql$/.exec(file) ?? [];
    return { version, name, path: join(dir, file) };
  });
}

/**
 * Applies every migration not yet recorded, each in its own transaction, as the role of the given
 * connection (postgres: NOT a superuser, like the hosted migration role). Returns the versions
 * applied.
 */
export async function applyMigrations(postgres: pg.Client, dir = migrationsDir): Promise<string[]> {
  await ensureHistoryTable(postgres);
  const done = new Set(await recordedVersions(postgres));
  const applied: string[] = [];
  for (const migration of await listMigrations(dir)) {
    if (done.has(migration.version)) continue;
    const sql = await readFile(migration.path, 'utf8');
    try {
      await applyAndRecord(postgres, { version: migration.version, name: migration.name, sql });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`migration ${migration.version}_${migration.name} failed: ${message}`, {
        cause: error,
      });
    }
    applied.push(migration.version);
  }
  return applied;
}
