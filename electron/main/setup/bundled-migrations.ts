/*
 * The migrations of supabase/migrations, built into main by Vite at build time (a glob import of
 * their text), so "Preparar proyecto" applies exactly what this version of the app was tested with.
 */

export interface BundledMigration {
  /** The timestamp the file name starts with: what the Supabase CLI records as the version. */
  version: string;
  name: string;
  sql: string;
}

const files = import.meta.glob<string>('../../../supabase/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Sorted by version, as the Supabase CLI applies them. */
export const BUNDLED_MIGRATIONS: readonly BundledMigration[] = Object.entries(files)
  .map(([path, sql]) => {
    const [, version = '', name = ''] = /(\d{14})_(.+)\.sql$/.exec(path) ?? [];
    return { version, name, sql };
  })
  .filter((migration) => migration.version !== '')
  .sort((a, b) => a.version.localeCompare(b.version));

/** The newest schema this app knows. */
export function appSchemaVersion(migrations = BUNDLED_MIGRATIONS): string {
  const newest = migrations.at(-1);
  if (!newest) throw new Error('No migrations were bundled into main');
  return newest.version;
}
