import { AppError } from '../../../shared/errors.ts';
import type { Integration } from '../../../shared/integration.ts';
import { sampleIntegrations } from './mock-data.ts';
import { mockActivityHandlers } from './mock-activity.ts';
import type { MockEmit, MockHandlers } from './mock-handler-types.ts';
import { createMockLock } from './mock-lock.ts';
import { createMockSessionHandlers } from './mock-session-handlers.ts';
import { createMockSession } from './mock-session-state.ts';
import { checkedSettingsEdit } from './mock-settings-edit.ts';
import { createMockSettings } from './mock-settings.ts';
import { mockTestResult } from './mock-test-result.ts';
import { sleep } from './mock-timing.ts';

/*
 * DEVELOPMENT ONLY: the mock main process's channel handlers (see mock-bridge.ts): the
 * integrations here, the other domains from their own mock-*.ts files.
 */

export function createMockHandlers(scenario: string, emit: MockEmit) {
  const now = () => new Date().toISOString();
  let integrations: Integration[] = scenario === 'empty' ? [] : sampleIntegrations();
  const running = new Map<string, AbortController>();
  const session = createMockSession(scenario, emit);

  const list = () => ({
    integrations,
    source: session.get().connectivity === 'online' ? ('server' as const) : ('cache' as const),
    syncedAt: session.get().lastSyncedAt,
  });
  const settings = createMockSettings(scenario, emit, (connection) => {
    // Like main: the old project's services go, the new project starts signed out.
    session.replace({ status: 'signed_out', user: null, notice: null, flow: null });
    if (connection) setTimeout(() => emit('session:changed', session.get()), 400);
  });
  const configured = () => {
    if (!settings.resolve().connection)
      throw new AppError(
        'not_configured',
        'No Supabase project is set. Add your project URL and anon key in Settings.',
      );
  };
  const online = () => {
    configured();
    if (session.get().connectivity !== 'online')
      throw new AppError('offline', 'The server cannot be reached.');
  };
  const find = (id: string) => {
    const found = integrations.find((item) => item.id === id);
    if (!found) throw new AppError('not_found', 'That integration no longer exists.');
    return found;
  };
  const patch = (id: string, changes: Partial<Integration>) => {
    integrations = integrations.map((item) =>
      item.id === id ? { ...item, ...changes, updatedAt: now() } : item,
    );
    return find(id);
  };
  const runTest = async (id: string) => {
    const item = find(id);
    const controller = new AbortController();
    running.set(id, controller);
    emit('integrations:status-changed', { id, status: 'verifying', result: null });
    try {
      await sleep(1500, controller.signal);
    } catch (error) {
      emit('integrations:status-changed', { id, status: item.status, result: null });
      throw error;
    } finally {
      running.delete(id);
    }
    const test = mockTestResult(
      item.type !== 'google_cloud',
      item.type === 'openai' ? { organization: 'org-AterGes2024', modelCount: 42 } : null,
    );
    patch(
      id,
      test.ok
        ? { status: 'connected', errorMessage: null, errorCode: null, lastVerifiedAt: now() }
        : { status: 'error', errorMessage: null, errorCode: test.reason },
    );
    emit('integrations:status-changed', {
      id,
      status: test.ok ? 'connected' : 'error',
      result: test,
    });
    return test;
  };

  const lock = createMockLock(scenario, emit, () =>
    session.set({ status: 'signed_out', user: null, flow: null }),
  );
  const handlers: MockHandlers & { isLocked: () => boolean } = {
    ...lock.handlers,
    isLocked: lock.isLocked,
    ...createMockSessionHandlers({
      session,
      configured,
      online,
      releaseLock: lock.release,
      announceList: () => emit('integrations:changed', list()),
    }),
    'integrations:list': () => list(),
    'integrations:get': ({ id }) => find(id),
    'integrations:create': async (input) => {
      online();
      await sleep(700);
      const id = crypto.randomUUID();
      integrations = [
        ...integrations,
        {
          ...sampleIntegrations()[0]!,
          id,
          name: input.name,
          type: input.type,
          status: 'unverified',
          errorMessage: null,
          config: input.config,
          credentialHint: `${input.type} …new`,
          lastUsedAt: null,
          lastVerifiedAt: null,
          createdAt: now(),
          updatedAt: now(),
        },
      ];
      const test = input.verify ? await runTest(id) : null;
      return { integration: find(id), test };
    },
    'integrations:update': async ({ id, name, config }) => {
      online();
      await sleep(300);
      return patch(id, {
        ...(name ? { name } : {}),
        ...(config ? { config: checkedSettingsEdit(find(id), config) } : {}),
      });
    },
    'integrations:rotate': async ({ id, saveAnyway, type, config }) => {
      online();
      await sleep(900);
      const test = mockTestResult(type !== 'google_cloud');
      const saved = test.ok || saveAnyway;
      const item = saved
        ? patch(id, {
            credentialsVersion: find(id).credentialsVersion + 1,
            ...(config ? { config } : {}),
          })
        : find(id);
      return { integration: item, test, saved };
    },
    'integrations:set-enabled': ({ id, enabled }) => {
      online();
      return patch(id, { status: enabled ? 'unverified' : 'disabled' });
    },
    'integrations:delete': ({ id }) => {
      online();
      integrations = integrations.filter((item) => item.id !== id);
      return { id };
    },
    'integrations:test': async ({ id }) => (online(), runTest(id)),
    'integrations:test-all': async () => {
      online();
      const enabled = integrations.filter((item) => item.status !== 'disabled');
      return Promise.all(
        enabled.map(async (item) => ({ integrationId: item.id, result: await runTest(item.id) })),
      );
    },
    'integrations:stop-test-all': () => {
      for (const controller of running.values()) controller.abort();
      return { stopped: running.size > 0 };
    },
    'integrations:cancel-test': ({ id }) => {
      const controller = running.get(id);
      controller?.abort();
      return { cancelled: Boolean(controller) };
    },
    ...mockActivityHandlers(() => integrations),
    'app:open-external': () => ({ opened: false }),
    'app:info': () => ({
      version: '0.4.0',
      electron: '39.2.0',
      chromium: '142.0.7444.59',
      updateChannel: 'none',
    }),
    'app:open-logs': () => ({ opened: false }),
    // The mock has no database: a setup walks its steps and finds everything in place.
    'project:prepare': async () => {
      for (const step of ['connect', 'check_vault', 'read_history', 'verify'] as const) {
        emit('project:setup-progress', { step });
        await sleep(300);
      }
      return { outcome: 'up_to_date', applied: [], schemaVersion: '20261205400000' };
    },
    'project:schema-status': () => ({
      status: 'current',
      databaseVersion: '20261205400000',
      appVersion: '20261205400000',
    }),
    'settings:get': () => settings.resolve(),
    'settings:set-connection': (input) => settings.setConnection(input),
    'settings:clear-connection': () => settings.clearConnection(),
    'settings:set-preferences': (input) => settings.setPreferences(input),
    'settings:set-appearance': (input) => {
      const { language, theme } = settings.setPreferences(input).preferences;
      return { language, theme };
    },
  };
  return handlers;
}
