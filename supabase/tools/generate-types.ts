/**
 * `npm run db:types`: the TypeScript types of the public schema (tables, views, functions), in
 * the shape `supabase gen types typescript` writes, generated from the real migrations applied to
 * the local database (supabase/local/database.ts), and written to shared/database.types.ts where
 * main and the tests import them. The Supabase CLI needs Docker, which this project does not
 * assume; its generator (postgres-meta) reads the same catalog facts this one reads.
 *
 * test/db/database-types.test.ts fails when the committed file differs from what the current
 * migrations give.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startLocalDatabase } from '../local/database.ts';
import { withClient } from '../local/database-setup.ts';
import { readCatalog } from './types/catalog.ts';
import { renderTypesFile } from './types/render-file.ts';

export const DATABASE_TYPES_FILE = join(import.meta.dirname, '../../shared/database.types.ts');

/** The generated file's text for the database at `connection` (already migrated). */
export async function generateDatabaseTypes(connection: string): Promise<string> {
  const catalog = await withClient(connection, (client) => readCatalog(client, 'public'));
  return renderTypesFile(catalog);
}

async function main(): Promise<void> {
  const db = await startLocalDatabase();
  try {
    await writeFile(DATABASE_TYPES_FILE, await generateDatabaseTypes(db.postgresUrl));
    console.log(
      `Wrote ${DATABASE_TYPES_FILE} (migrations up to ${db.appliedMigrations.at(-1) ?? '-'}).`,
    );
  } finally {
    await db.stop();
  }
}

if (import.meta.main) {
  await main();
}
