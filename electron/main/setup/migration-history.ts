import type pg from 'pg';

/*
 * The Supabase CLI's migration history (supabase_migrations.schema_migrations: version, statements,
 * name; pkg/migration/history.go), read and written the way `supabase db push` does. One copy for
 * "Preparar proyecto" and for the local database the tests and `npm run dev` start.
 */

export interface HistoryMigration {
  version: string;
  name: string;
  sql: string;
}

/** The versions recorded so far; none when the table does not exist yet. */
export async function recordedVersions(client: pg.Client): Promise<string[]> {
  const table = await client.query<{ exists: boolean }>(
    `select to_regclass('supabase_migrations.schema_migrations') is not null as exists`,
  );
  if (!table.rows[0]?.exists) return [];
  const { rows } = await client.query<{ version: string }>(
    'select version from supabase_migrations.schema_migrations',
  );
  return rows.map((row) => row.version);
}

/** The table as the Supabase CLI creates it, so `db push` reads what the app wrote. */
export async function ensureHistoryTable(client: pg.Client): Promise<void> {
  await client.query('create schema if not exists supabase_migrations');
  await client.query(
    `create table if not exists supabase_migrations.schema_migrations
       (version text not null primary key, statements text[], name text)`,
  );
}

/**
 * Applies one migration and records it in one transaction: either both happen or neither. The
 * error is rethrown as it came, for the caller to word.
 */
export async function applyAndRecord(
  client: pg.Client,
  migration: HistoryMigration,
): Promise<void> {
  await client.query('begin');
  try {
    await client.query(migration.sql);
    await client.query(
      `insert into supabase_migrations.schema_migrations (version, statements, name)
       values ($1, $2, $3)`,
      [migration.version, [migration.sql], migration.name],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
