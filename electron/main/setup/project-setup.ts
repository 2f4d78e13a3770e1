import pg from 'pg';
import { AppError } from '../../../shared/errors.ts';
import type { PrepareProjectResult, ProjectSetupProgress } from '../../../shared/project-setup.ts';
import type { Logger } from '../logging/logger.ts';
import { BUNDLED_MIGRATIONS } from './bundled-migrations.ts';
import type { BundledMigration } from './bundled-migrations.ts';
import { applyAndRecord, ensureHistoryTable, recordedVersions } from './migration-history.ts';
import { planMigrations } from './migration-plan.ts';
import { databaseFailure } from './database-failure.ts';
import { clientConfigFor } from './connection-config.ts';
import { verifySchema } from './verify-schema.ts';

/*
 * "Preparar proyecto": applies the bundled migrations to the user's Supabase database the way
 * `supabase db push` does — the same history table (supabase_migrations.schema_migrations:
 * version, statements, name), each migration in its own transaction, nothing applied twice — so
 * the CLI and the app can take turns on one project. The connection string (it holds the database
 * password) lives only for this call: never stored, logged, or put into an error.
 */

export interface PrepareProjectOptions {
  databaseUrl: string;
  migrations?: readonly BundledMigration[];
  onProgress?: (progress: ProjectSetupProgress) => void;
  log?: Pick<Logger, 'info' | 'warn'>;
}

/** One setup per database at a time, across devices too (a session-level advisory lock). */
const SETUP_LOCK = "hashtext('aterges-desktop:prepare-project')";

export async function prepareProject(
  options: PrepareProjectOptions,
): Promise<PrepareProjectResult> {
  const migrations = options.migrations ?? BUNDLED_MIGRATIONS;
  const progress = options.onProgress ?? (() => undefined);
  const log = options.log ?? { info: () => undefined, warn: () => undefined };

  progress({ step: 'connect' });
  const client = new pg.Client(clientConfigFor(options.databaseUrl));
  // A connection error after connect (the server going away) must not crash main.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw databaseFailure(error, 'connect', log);
  }
  try {
    const locked = await client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(${SETUP_LOCK}) as locked`,
    );
    if (!locked.rows[0]?.locked) throw new AppError('conflict', 'database_setup_running');

    progress({ step: 'check_vault' });
    const supabase = await client.query<{ vault: boolean; auth: boolean }>(
      `select exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                       where n.nspname = 'vault' and p.proname = 'create_secret') as vault,
              to_regprocedure('auth.uid()') is not null as auth`,
    );
    if (!supabase.rows[0]?.vault || !supabase.rows[0].auth) {
      throw new AppError('server_error', 'database_no_vault');
    }

    progress({ step: 'read_history' });
    const plan = planMigrations(migrations, await recordedVersions(client));
    if (plan.kind === 'newer') {
      throw new AppError('conflict', 'database_schema_newer', {
        params: { version: plan.unknownVersion },
      });
    }
    const applied: string[] = [];
    if (plan.kind === 'apply') {
      await ensureHistoryTable(client);
      const total = plan.pending.length;
      progress({ step: 'apply', done: 0, total });
      for (const migration of plan.pending) {
        await applyOne(client, migration, log);
        applied.push(migration.version);
        progress({ step: 'apply', done: applied.length, total });
      }
    }

    progress({ step: 'verify' });
    const missing = await verifySchema(client, migrations);
    if (missing.length > 0) {
      log.warn('Project setup: the schema is incomplete', { missing });
      throw new AppError('server_error', 'database_setup_incomplete');
    }
    const schemaVersion = migrations.at(-1)!.version;
    log.info('Project setup finished', { applied: applied.length, schemaVersion });
    return { outcome: applied.length > 0 ? 'prepared' : 'up_to_date', applied, schemaVersion };
  } catch (error) {
    throw error instanceof AppError ? error : databaseFailure(error, 'setup', log);
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end().catch(() => undefined);
  }
}

async function applyOne(
  client: pg.Client,
  migration: BundledMigration,
  log: Pick<Logger, 'warn'>,
): Promise<void> {
  try {
    await applyAndRecord(client, migration);
  } catch (error) {
    const failure = databaseFailure(error, 'apply', log);
    throw failure.reason === 'database_permission_denied'
      ? failure
      : new AppError('server_error', 'database_migration_failed', {
          params: { version: migration.version },
          cause: error,
        });
  }
}
