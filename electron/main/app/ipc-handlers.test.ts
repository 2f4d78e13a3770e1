import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../settings/settings-store.ts';
import { ipcChannels } from '../../../shared/ipc/contract.ts';
import type { AppServices } from './app-services.ts';
import { createIpcHandlers } from './ipc-handlers.ts';

describe('createIpcHandlers', () => {
  it('has a handler for every channel of the contract, and nothing else', () => {
    const handlers = createIpcHandlers({} as AppServices);
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(ipcChannels).sort());
    for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
  });

  it('refuses to open a link outside the allowlist without calling the browser', async () => {
    const opened: string[] = [];
    const handlers = createIpcHandlers({
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    } as unknown as AppServices);
    await expect(
      handlers['app:open-external']({ url: 'https://evil.example/phish' }),
    ).resolves.toEqual({
      opened: false,
    });
    await expect(
      handlers['app:open-external']({ url: 'https://supabase.com/dashboard' }),
    ).resolves.toEqual({ opened: true });
    expect(opened).toEqual(['https://supabase.com/dashboard']);
  });
});

describe('settings:set-connection', () => {
  const key = 'sb_publishable_abcdefghijklmnop';
  const first = { supabaseUrl: 'https://aaaaaaaaaaaaaaaaaaaa.supabase.co', supabaseAnonKey: key };
  const second = { supabaseUrl: 'https://bbbbbbbbbbbbbbbbbbbb.supabase.co', supabaseAnonKey: key };

  function appWith(answer: boolean) {
    const asked: { from: string; to: string }[] = [];
    const settings = new SettingsStore({ directory: mkdtempSync(join(tmpdir(), 'aterges-ipc-')) });
    const app = {
      settings,
      settled: () => Promise.resolve(),
      confirmProjectChange: (change: { from: string; to: string }) => {
        asked.push(change);
        return Promise.resolve(answer);
      },
    } as unknown as AppServices;
    return { handlers: createIpcHandlers(app), settings, asked };
  }

  it('sets a first project without asking', async () => {
    const { handlers, asked } = appWith(false);
    await expect(handlers['settings:set-connection'](first)).resolves.toMatchObject({
      connection: first,
      source: 'settings',
    });
    expect(asked).toEqual([]);
  });

  it('asks before moving to another project, and keeps the current one on "no"', async () => {
    const { handlers, settings, asked } = appWith(false);
    await settings.setConnection(first);
    await expect(handlers['settings:set-connection'](second)).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(asked).toEqual([{ from: first.supabaseUrl, to: second.supabaseUrl }]);
    expect((await settings.resolve()).connection).toEqual(first);
  });

  it('moves on "yes"', async () => {
    const { handlers, settings } = appWith(true);
    await settings.setConnection(first);
    await expect(handlers['settings:set-connection'](second)).resolves.toMatchObject({
      connection: second,
    });
  });
});
