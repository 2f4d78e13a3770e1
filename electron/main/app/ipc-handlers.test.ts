import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../settings/settings-store.ts';
import { ipcChannels } from '../../../shared/ipc/contract.ts';
import type { AppServices } from './app-services.ts';
import type { ProjectChange } from './project-change.ts';
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

describe('project changes need the yes of main', () => {
  const key = 'sb_publishable_abcdefghijklmnop';
  const first = { supabaseUrl: 'https://aaaaaaaaaaaaaaaaaaaa.supabase.co', supabaseAnonKey: key };
  const second = { supabaseUrl: 'https://bbbbbbbbbbbbbbbbbbbb.supabase.co', supabaseAnonKey: key };
  const built = { supabaseUrl: 'https://cccccccccccccccccccc.supabase.co', supabaseAnonKey: key };

  function appWith(answer: boolean, buildConnection: typeof built | null = null) {
    const asked: ProjectChange[] = [];
    const settings = new SettingsStore({
      directory: mkdtempSync(join(tmpdir(), 'aterges-ipc-')),
      buildConnection,
    });
    const app = {
      settings,
      settled: () => Promise.resolve(),
      confirmProjectChange: (change: ProjectChange) => {
        asked.push(change);
        return Promise.resolve(answer);
      },
    } as unknown as AppServices;
    return { handlers: createIpcHandlers(app), settings, asked };
  }

  it('sets the very first project without asking', async () => {
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

  it('asks before replacing the project the app was built with', async () => {
    const { handlers, settings, asked } = appWith(false, built);
    await expect(handlers['settings:set-connection'](first)).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(asked).toEqual([{ from: built.supabaseUrl, to: first.supabaseUrl }]);
    expect(await settings.resolve()).toMatchObject({ source: 'build', connection: built });
  });

  it('asks before forgetting the project, and keeps it on "no"', async () => {
    const { handlers, settings, asked } = appWith(false, built);
    await settings.setConnection(first);
    await expect(handlers['settings:clear-connection'](undefined)).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(asked).toEqual([{ from: first.supabaseUrl, to: built.supabaseUrl }]);
    expect(await settings.resolve()).toMatchObject({ source: 'settings', connection: first });
  });

  it('after a project was forgotten, the next one is no first setup: it is asked about', async () => {
    const { handlers, settings, asked } = appWith(true);
    await settings.setConnection(first);
    await handlers['settings:clear-connection'](undefined);
    expect(asked).toEqual([{ from: first.supabaseUrl, to: null }]);
    await handlers['settings:set-connection'](second);
    expect(asked).toEqual([
      { from: first.supabaseUrl, to: null },
      { from: null, to: second.supabaseUrl },
    ]);
  });

  it('asks nothing when nothing changes where the password goes', async () => {
    const { handlers, settings, asked } = appWith(false, built);
    await handlers['settings:clear-connection'](undefined); // nothing saved to forget
    await settings.setConnection(first);
    const other = { ...first, supabaseAnonKey: 'sb_publishable_zyxwvutsrqponmlk' };
    await handlers['settings:set-connection']({ ...other, supabaseUrl: `${first.supabaseUrl}/` });
    expect(asked).toEqual([]);
    expect((await settings.resolve()).connection).toEqual(other);
  });
});
