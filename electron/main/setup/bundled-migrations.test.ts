import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_MIGRATIONS_FILE,
  renderBundledMigrations,
} from '../../../supabase/tools/bundle-migrations.ts';
import { listMigrations } from '../../../supabase/local/database-setup.ts';
import { BUNDLED_MIGRATIONS, appSchemaVersion } from './bundled-migrations.ts';

describe('the migrations main carries', () => {
  it('are supabase/migrations as they are now: run `npm run db:types` after changing one', async () => {
    const committed = await readFile(BUNDLED_MIGRATIONS_FILE, 'utf8');
    expect(
      committed === (await renderBundledMigrations()),
      'electron/main/setup/migrations.generated.ts is out of date: run `npm run db:types`',
    ).toBe(true);
  });

  it('are in the order the Supabase CLI applies them, the newest being the app schema version', async () => {
    const files = await listMigrations();
    expect(BUNDLED_MIGRATIONS.map((m) => m.version)).toEqual(files.map((f) => f.version));
    expect(appSchemaVersion()).toBe(files.at(-1)!.version);
  });
});
