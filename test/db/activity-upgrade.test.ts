/**
 * Upgrading a project whose trail already holds connection tests (migration
 * 20261205900000): each earlier test gets its connection_test entry from its result, so the
 * Activity page's history does not start at the upgrade, and its read stays covered.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, withClient } from '../../supabase/local/database-setup.ts';
import { asUser, createUser, startTestDatabase } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  getCredentials,
  newCanary,
  restoreStatus,
  setStatus,
} from './support/integrations.ts';

const MIGRATIONS = join(import.meta.dirname, '../../supabase/migrations');
const FIRST_WITH_ACTIVITY = '20261205900000';

/** The migrations a project had before the activity landed. */
function migrationsBeforeActivity(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aterges-migrations-'));
  for (const file of readdirSync(MIGRATIONS).filter((f) => f < FIRST_WITH_ACTIVITY)) {
    cpSync(join(MIGRATIONS, file), join(dir, file));
  }
  return dir;
}

describe('upgrading to the activity', () => {
  it('gives every earlier test its one entry: passed, failed with its code, cancelled', async () => {
    const t = await startTestDatabase({ skipMigrations: true });
    try {
      await withClient(t.db.postgresUrl, (c) => applyMigrations(c, migrationsBeforeActivity()));
      const user = await createUser(t.admin);
      const as = <T>(run: Parameters<typeof asUser<T>>[2]) => asUser(t.api, user, run);
      const id = await as((c) =>
        createIntegration(c, 'Antes', 'openai', credentialFor('openai', newCanary())),
      );
      const oldTest = (result: 'connected' | 'error' | 'cancel') =>
        as(async (c) => {
          await setStatus(c, id, 'verifying');
          await getCredentials(c, id, 'test');
          if (result === 'cancel') await restoreStatus(c, id);
          else await setStatus(c, id, result);
        });
      await oldTest('connected');
      await oldTest('error');
      await oldTest('cancel');

      await withClient(t.db.postgresUrl, (c) => applyMigrations(c));
      const { rows } = await as((c) =>
        c.query<{ event_type: string; details: Record<string, unknown> }>(
          'select event_type, details from public.list_activity($1)',
          [id],
        ),
      );
      expect(rows.map((r) => r.event_type)).toEqual([
        'connection_test',
        'connection_test',
        'connection_test',
        'created',
      ]);
      expect(rows.map((r) => r.details['outcome'] ?? null)).toEqual([
        'cancelled',
        'failed',
        'passed',
        null,
      ]);
    } finally {
      await t.stop();
    }
  });
});
