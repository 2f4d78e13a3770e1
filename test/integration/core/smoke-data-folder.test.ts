import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import { generateApiKey } from '../../../supabase/local/api/gateway.ts';
import { Canaries } from '../../e2e/harness/canaries.ts';
import { canariesInFolder, saveProjectIn } from '../../e2e/support/smoke-data-folder.ts';

/*
 * The real-Electron smoke test cannot run where Electron is missing; what it prepares can. The
 * project it saves must be the one the app's settings store resolves, over a build-time project
 * and the development environment alike, or the smoke would talk to the wrong server.
 */

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aterges-smoke-folder-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the smoke test data folder', () => {
  it("holds the local project as the user's own choice, in English", async () => {
    const dataDir = folder();
    const connection = {
      supabaseUrl: 'http://127.0.0.1:54999',
      supabaseAnonKey: generateApiKey('publishable'),
    };
    await saveProjectIn(dataDir, connection);
    const store = new SettingsStore({
      directory: dataDir,
      buildConnection: {
        supabaseUrl: 'https://abcdefghijklmnop.supabase.co',
        supabaseAnonKey: generateApiKey('publishable'),
      },
      localDevConnection: {
        supabaseUrl: 'http://127.0.0.1:54321',
        supabaseAnonKey: generateApiKey('publishable'),
      },
      logger: { info: () => undefined, warn: (message) => expect.fail(message) },
    });
    const resolved = await store.resolve();
    expect(resolved.source).toBe('settings');
    expect(resolved.connection).toEqual(connection);
    expect(resolved.preferences.language).toBe('en');
  });

  it('finds a canary in any file below it, written as UTF-8 or UTF-16, and names the file', () => {
    const dataDir = folder();
    const canaries = new Canaries();
    const secret = `sk-proj-${'Q'.repeat(20)}canary${'Z'.repeat(20)}`;
    canaries.add('key', secret);
    mkdirSync(join(dataDir, 'Local Storage', 'leveldb'), { recursive: true });
    writeFileSync(join(dataDir, 'clean.log'), 'nothing here');
    writeFileSync(
      join(dataDir, 'Local Storage', 'leveldb', '000003.log'),
      Buffer.from(secret, 'utf16le'),
    );
    writeFileSync(join(dataDir, 'main.log'), `… ${secret.slice(10, 40)} …`);
    expect(canariesInFolder(dataDir, canaries).sort()).toEqual([
      'Local Storage/leveldb/000003.log: key',
      'main.log: key',
    ]);
  });
});
