import type { z } from 'zod';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Integration } from '../../../shared/integration.ts';
import { BOUND_CONFIG_KEYS, configSchemaByProvider } from '../../../shared/integration-config.ts';
import type {
  IpcChannelName,
  IpcChannels,
  IpcEventName,
  IpcResponse,
} from '../../../shared/ipc/contract.ts';
import type { SessionState } from '../../../shared/session.ts';
import { sampleEvents, sampleIntegrations } from './mock-data.ts';
import { mockActivityHandlers } from './mock-activity.ts';
import { createMockLock } from './mock-lock.ts';
import { createMockSettings } from './mock-settings.ts';

/* DEVELOPMENT ONLY: the mock main process's channel handlers (see mock-bridge.ts). */

type Parsed<C extends IpcChannelName> = z.output<IpcChannels[C]['request']>;
type Handlers = {
  [C in IpcChannelName]: (input: Parsed<C>) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new AppError('cancelled', 'The test was cancelled.'));
    });
  });

function result(
  ok: boolean,
  identity: ConnectionTestResult['identity'] = null,
): ConnectionTestResult {
  return ok
    ? {
        ok,
        latencyMs: 180 + Math.round(Math.random() * 300),
        identity,
        errorKind: null,
        reason: 'accepted',
        params: {},
      }
    : {
        ok,
        latencyMs: 240,
        identity: null,
        errorKind: 'invalid_credentials',
        reason: 'key_rejected',
        params: { host: 'api.openai.com', httpStatus: 401 },
      };
}

/** As main's vault client: the provider's schema, and no endpoint change without new credentials. */
function checkedSettingsEdit(current: Integration, config: Record<string, unknown>) {
  const schema = configSchemaByProvider[current.type];
  const parsed = schema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', issue?.message ?? 'Invalid settings.', {
      field: ['config', ...(issue?.path ?? [])].join('.'),
    });
  }
  const next = parsed.data as Record<string, unknown>;
  const before = (schema.safeParse(current.config).data ?? current.config) as Record<
    string,
    unknown
  >;
  for (const key of BOUND_CONFIG_KEYS[current.type]) {
    if ((before[key] ?? null) !== (next[key] ?? null)) {
      throw new AppError('invalid_input', 'bound_setting_change', { field: `config.${key}` });
    }
  }
  return next as Integration['config'];
}

export function createMockHandlers(scenario: string, emit: (e: IpcEventName, p: unknown) => void) {
  const now = () => new Date().toISOString();
  let integrations: Integration[] = scenario === 'empty' ? [] : sampleIntegrations();
  const running = new Map<string, AbortController>();
  let session: SessionState = {
    status: scenario === 'signed-out' || scenario === 'not-configured' ? 'signed_out' : 'signed_in',
    user: { id: '9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', email: 'ana@example.com' },
    connectivity: scenario === 'offline' ? 'offline' : 'online',
    secondFactor: 'none',
    lastSyncedAt: new Date(Date.now() - 42 * 60_000).toISOString(),
    keychain: {
      available: scenario !== 'no-keychain',
      reason: scenario === 'no-keychain' ? 'keychain_missing' : null,
    },
    notice: null,
    flow: null,
  };
  if (session.status === 'signed_out') session = { ...session, user: null };

  const setSession = (next: Partial<SessionState>) => {
    session = { ...session, ...next };
    emit('session:changed', session);
    return session;
  };
  const list = () => ({
    integrations,
    source: session.connectivity === 'online' ? ('server' as const) : ('cache' as const),
    syncedAt: session.lastSyncedAt,
  });
  const settings = createMockSettings(scenario, emit, (connection) => {
    // Like main: the old project's services go, the new project starts signed out.
    session = { ...session, status: 'signed_out', user: null, notice: null, flow: null };
    if (connection) setTimeout(() => emit('session:changed', session), 400);
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
    if (session.connectivity !== 'online')
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
    const test = result(
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
    setSession({ status: 'signed_out', user: null, flow: null }),
  );
  const handlers: Handlers & { isLocked: () => boolean } = {
    ...lock.handlers,
    isLocked: lock.isLocked,
    'session:get-state': () => (configured(), session),
    'session:sign-up': async ({ email }) => {
      online();
      await sleep(600);
      return setSession({ status: 'signed_out', flow: { kind: 'confirm_sign_up', email } });
    },
    'session:sign-in': async ({ email, password }) => {
      online();
      await sleep(600);
      if (password === 'wrong-password')
        throw new AppError('not_authenticated', 'wrong_credentials');
      return setSession({
        status: 'signed_in',
        user: { id: '9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', email },
        notice: null,
        flow: null,
      });
    },
    'session:sign-out': () => {
      lock.release();
      return setSession({ status: 'signed_out', user: null, flow: null });
    },
    'session:resend-confirmation': async ({ email }) => {
      online();
      await sleep(500);
      if (email.startsWith('slow'))
        throw new AppError('rate_limited', 'email_rate_limited', {
          params: { retryAfterSeconds: 42 },
        });
      return setSession({ flow: { kind: 'confirm_sign_up', email } });
    },
    'session:request-password-reset': async ({ email }) => {
      online();
      await sleep(500);
      return setSession({ flow: { kind: 'reset_sent', email }, notice: null });
    },
    'session:set-new-password': async () => {
      online();
      await sleep(500);
      return setSession({ flow: null, notice: null });
    },
    'session:change-password': async ({ currentPassword }) => {
      online();
      await sleep(500);
      if (currentPassword === 'wrong-password')
        throw new AppError('invalid_input', 'current_password_wrong', { field: 'currentPassword' });
      return session;
    },
    'session:leave-flow': () => setSession({ flow: null, notice: null }),
    'session:sign-out-everywhere': () =>
      setSession({ status: 'signed_out', user: null, flow: null }),
    'session:oauth-providers': () => ({ providers: ['github', 'google'] }),
    // The browser never comes back in the mock: "Cancelar" ends the wait.
    'session:oauth-start': ({ provider }) =>
      setSession({ flow: { kind: 'oauth_pending', provider }, notice: null }),
    'session:oauth-cancel': () => setSession({ flow: null, notice: null }),
    'session:reconnect': async () => {
      setSession({ connectivity: 'connecting' });
      await sleep(900);
      const next = setSession({ connectivity: 'online', lastSyncedAt: now() });
      emit('integrations:changed', list());
      return next;
    },
    // Two-step verification in the demo: any six digits but 000000 are accepted.
    'session:verify-second-factor': async ({ code }) => {
      await sleep(400);
      if (code === '000000') throw new AppError('invalid_input', 'second_factor_code_wrong');
      return setSession({ secondFactor: 'verified' });
    },
    'session:second-factors': () =>
      session.secondFactor === 'none'
        ? []
        : [{ id: DEMO_FACTOR_ID, friendlyName: 'Móvil', createdAt: now() }],
    'session:second-factor-enroll': async () => {
      await sleep(400);
      return { factorId: DEMO_FACTOR_ID, secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', qrRows: demoQrRows() };
    },
    'session:second-factor-confirm': async ({ code }) => {
      await sleep(400);
      if (code === '000000') throw new AppError('invalid_input', 'second_factor_code_wrong');
      return setSession({ secondFactor: 'verified' });
    },
    'session:second-factor-remove': async () => {
      await sleep(400);
      return setSession({ secondFactor: 'none' });
    },
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
      const test = result(type !== 'google_cloud');
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
    'integrations:events': ({ id }) => {
      online();
      return sampleEvents(find(id));
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
  };
  return handlers;
}

const DEMO_FACTOR_ID = '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';

/** A QR-sized pattern for the demo (not a scannable code: the demo has no Auth to enrol with). */
function demoQrRows(): string[] {
  return Array.from({ length: 25 }, (_row, y) =>
    Array.from({ length: 25 }, (_cell, x) => ((x * 7 + y * 13 + x * y) % 3 === 0 ? '1' : '0')).join(
      '',
    ),
  );
}
