import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettingsFile, serializeSettings } from './settings-file.ts';

const CONNECTION = {
  supabaseUrl: 'https://userprojectref01.supabase.co',
  supabaseAnonKey: 'sb_publishable_userKey_0123456789',
};

describe.skipIf(process.platform === 'win32')('a settings path that is not a usable file', () => {
  it('a FIFO: the start does not wait for a writer; defaults, and no first setup', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aterges-settings-')), 'app-settings.json');
    execFileSync('mkfifo', [file]);
    const started = Date.now();
    const read = await readSettingsFile(file);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(read.problems).toEqual(['not a regular file (FIFO)']);
    expect(read.contents).toMatchObject({ connection: null, projectSavedBefore: true });
  });

  it('a symlink: not followed, even to a valid settings file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'aterges-settings-'));
    const elsewhere = join(folder, 'elsewhere.json');
    writeFileSync(
      elsewhere,
      serializeSettings({
        connection: CONNECTION,
        preferences: { language: 'es', theme: 'dark' },
        projectSavedBefore: true,
      }),
    );
    symlinkSync(elsewhere, join(folder, 'app-settings.json'));
    const read = await readSettingsFile(join(folder, 'app-settings.json'));
    expect(read.problems).toEqual(['not a regular file (symbolic link)']);
    expect(read.contents.connection).toBeNull();
    // And a regular file reads as before.
    expect((await readSettingsFile(elsewhere)).contents.connection).toEqual(CONNECTION);
  });
});

describe('the list view preference', () => {
  const write = (preferences: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'aterges-settings-')), 'app-settings.json');
    writeFileSync(file, JSON.stringify({ version: 1, connection: null, preferences }));
    return file;
  };

  it('is read back as saved', async () => {
    const listView = { sort: 'status', density: 'compact', status: 'error', provider: 'aws' };
    const read = await readSettingsFile(write({ language: 'es', theme: 'dark', listView }));
    expect(read.contents.preferences).toMatchObject({ language: 'es', theme: 'dark', listView });
    expect(read.problems).toEqual([]);
  });

  it('is dropped, alone, when it does not fit the schema (a newer or edited file)', async () => {
    const listView = { sort: 'colour', density: 'compact', status: 'all', provider: 'all' };
    const read = await readSettingsFile(write({ language: 'es', theme: 'dark', listView }));
    expect(read.contents.preferences).toMatchObject({ language: 'es', theme: 'dark' });
    expect(read.contents.preferences).not.toHaveProperty('listView');
    expect(read.problems).toEqual(['preference "listView" ignored']);
  });
});
