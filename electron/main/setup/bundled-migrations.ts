/*
 * The migrations of supabase/migrations, carried in main's source (migrations.generated.ts, written
 * by `npm run db:types`), so "Preparar proyecto" applies exactly what this version of the app was
 * tested with.
 */
import { MIGRATION_FILES } from './migrations.generated.ts';

export interface BundledMigration {
  /** The timestamp the file name starts with: what the Supabase CLI records as the version. */
  version: string;
  name: string;
  sql: string;
}

/** Sorted by version, as the Supabase CLI applies them. */
export const BUNDLED_MIGRATIONS: readonly BundledMigration[] = [...MIGRATION_FILES].sort((a, b) =>
  a.version.localeCompare(b.version),
);

/** The newest schema this app knows. */
export function appSchemaVersion(migrations = BUNDLED_MIGRATIONS): string {
  const newest = migrations.at(-1);
  if (!newest) throw new Error('No migrations were bundled into main');
  return newest.version;
}
