import { describe, expect, it } from 'vitest';
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
