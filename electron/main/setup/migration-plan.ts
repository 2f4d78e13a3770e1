import type { BundledMigration } from './bundled-migrations.ts';

/*
 * What a database needs, from the versions its migration history holds: the CLI's rule (apply each
 * bundled version not recorded yet, in order), plus one refusal: a database that already has a
 * version this app does not know was set up by a newer app, and an older one must not touch it.
 */

export type MigrationPlan =
  | { kind: 'up_to_date'; schemaVersion: string }
  | { kind: 'apply'; pending: BundledMigration[] }
  | { kind: 'newer'; unknownVersion: string };

export function planMigrations(
  bundled: readonly BundledMigration[],
  recorded: readonly string[],
): MigrationPlan {
  const known = new Set(bundled.map((migration) => migration.version));
  const newestBundled = bundled.at(-1)?.version ?? '';
  const unknown = recorded.filter((version) => !known.has(version) && version > newestBundled);
  if (unknown.length > 0) return { kind: 'newer', unknownVersion: unknown.sort().at(-1)! };
  const done = new Set(recorded);
  const pending = bundled.filter((migration) => !done.has(migration.version));
  if (pending.length === 0) return { kind: 'up_to_date', schemaVersion: newestBundled };
  return { kind: 'apply', pending };
}

/** How a schema version compares with the app's (null: the database does not say). */
export function compareSchema(
  databaseVersion: string | null,
  appVersion: string,
): 'current' | 'outdated' | 'newer' | 'unknown' {
  if (databaseVersion === null) return 'unknown';
  if (databaseVersion === appVersion) return 'current';
  return databaseVersion < appVersion ? 'outdated' : 'newer';
}
