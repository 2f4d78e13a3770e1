/**
 * "Preparar proyecto" against a real Postgres bootstrapped like a hosted project but with no
 * migrations: the bundled migrations are applied as `supabase db push` would (same history
 * table), nothing twice, a newer schema refused, and every failure a code with no trace of the
 * connection string's password.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSetupProgress } from '../../shared/project-setup.ts';
import { BUNDLED_MIGRATIONS } from '../../electron/main/setup/bundled-migrations.ts';
import { prepareProject } from '../../electron/main/setup/project-setup.ts';
import { listMigrations } from '../../supabase/local/database-setup.ts';
import type { TestDatabase } from './support/db.ts';
import { startTestDatabase } from './support/db.ts';

let test: TestDatabase;
const logLines: string[] = [];
const log = {
  info: (message: string, detail?: unknown) => logLines.push(message + JSON.stringify(detail)),
  warn: (message: string, detail?: unknown) => logLines.push(message + JSON.stringify(detail)),
};

beforeAll(async () => {
  test = await startTestDatabase({ skipMigrations: true });
});
afterAll(async () => {
  await test?.stop();
});

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

async function recorded(): Promise<string[]> {
  const { rows } = await test.admin.query<{ version: string }>(
    'select version from supabase_migrations.schema_migrations order by version',
  );
  return rows.map((row) => row.version);
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) =>
      caught as { code: string; reason: string; field?: string; params?: object },
  );
  expect(error, 'the setup should have failed').not.toBeNull();
  return error!;
}

describe('preparing a project', () => {
  it('bundles exactly the migrations in supabase/migrations, in order', async () => {
    const files = await listMigrations();
    expect(BUNDLED_MIGRATIONS.map((m) => `${m.version}_${m.name}`)).toEqual(
      files.map((f) => `${f.version}_${f.name}`),
    );
  });

  it('applies what is missing, in order, recording each as the Supabase CLI does', async () => {
    const firstFive = BUNDLED_MIGRATIONS.slice(0, 5);
    await prepareProject({ databaseUrl: test.db.postgresUrl, migrations: firstFive, log });
    expect(await recorded()).toEqual(firstFive.map((m) => m.version));

    const steps: ProjectSetupProgress[] = [];
    const result = await prepareProject({
      databaseUrl: test.db.postgresUrl,
      onProgress: (step) => steps.push(step),
      log,
    });
    const rest = BUNDLED_MIGRATIONS.slice(5).map((m) => m.version);
    expect(result).toEqual({
      outcome: 'prepared',
      applied: rest,
      schemaVersion: BUNDLED_MIGRATIONS.at(-1)!.version,
    });
    expect(await recorded()).toEqual(BUNDLED_MIGRATIONS.map((m) => m.version));
    expect(steps.map((s) => s.step)).toEqual([
      'connect',
      'check_vault',
      'read_history',
      ...Array<string>(rest.length + 1).fill('apply'),
      'verify',
    ]);
    expect(steps.at(-2)).toEqual({ step: 'apply', done: rest.length, total: rest.length });
    const { rows } = await test.admin.query<{ name: string; statements: string[] }>(
      'select name, statements from supabase_migrations.schema_migrations order by version desc limit 1',
    );
    expect(rows[0]).toEqual({
      name: BUNDLED_MIGRATIONS.at(-1)!.name,
      statements: [BUNDLED_MIGRATIONS.at(-1)!.sql],
    });
  });

  it('says a project that is up to date is, and changes nothing', async () => {
    const result = await prepareProject({ databaseUrl: test.db.postgresUrl, log });
    expect(result.outcome).toBe('up_to_date');
    expect(result.applied).toEqual([]);
  });

  it('checks what it applied: a function the app calls but users cannot run fails the setup', async () => {
    const fn = 'public.restore_integration_status(uuid)';
    await test.admin.query(`revoke execute on function ${fn} from authenticated`);
    try {
      const error = await failureOf(prepareProject({ databaseUrl: test.db.postgresUrl, log }));
      expect(error).toMatchObject({ code: 'server_error', reason: 'database_setup_incomplete' });
      expect(logLines.join('\n')).toContain(
        'restore_integration_status: not granted to authenticated',
      );
    } finally {
      await test.admin.query(`grant execute on function ${fn} to authenticated`);
    }
  });

  it('refuses a project prepared by a newer app, applying nothing', async () => {
    await test.admin.query(
      `insert into supabase_migrations.schema_migrations (version, name) values ('29990101000000', 'future')`,
    );
    try {
      const error = await failureOf(prepareProject({ databaseUrl: test.db.postgresUrl, log }));
      expect(error).toMatchObject({
        code: 'conflict',
        reason: 'database_schema_newer',
        params: { version: '29990101000000' },
      });
    } finally {
      await test.admin.query(
        `delete from supabase_migrations.schema_migrations where version = '29990101000000'`,
      );
    }
  });

  it('names a wrong password on the field, and never repeats the password', async () => {
    const canary = `canary-db-${randomBytes(9).toString('hex')}`;
    const error = await failureOf(
      prepareProject({ databaseUrl: withPassword(test.db.postgresUrl, canary), log }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      reason: 'database_wrong_password',
      field: 'databaseUrl',
    });
    const said = JSON.stringify({ error, message: (error as unknown as Error).message, logLines });
    expect(said).not.toContain(canary);
    expect(said).not.toContain(new URL(test.db.postgresUrl).password);
  });

  it('refuses a database that is not a Supabase project (no Vault)', async () => {
    await test.admin.query('create database plain_postgres');
    const plain = new URL(test.db.postgresUrl);
    plain.pathname = '/plain_postgres';
    const error = await failureOf(prepareProject({ databaseUrl: plain.toString(), log }));
    expect(error).toMatchObject({ code: 'server_error', reason: 'database_no_vault' });
  });

  it('says an unreachable database is unreachable', async () => {
    const closed = new URL(test.db.postgresUrl);
    closed.port = '1';
    const error = await failureOf(prepareProject({ databaseUrl: closed.toString(), log }));
    expect(error).toMatchObject({ code: 'offline', reason: 'database_unreachable' });
  });
});
