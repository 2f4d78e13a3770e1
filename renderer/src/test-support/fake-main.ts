import { createBridge } from '../../../shared/ipc/bridge.ts';
import type { AtergesBridge } from '../../../shared/ipc/bridge.ts';
import type {
  IpcChannelName,
  IpcEventName,
  IpcEventPayload,
  IpcRequest,
  IpcResponse,
} from '../../../shared/ipc/contract.ts';
import { ipcChannels, ipcEvents } from '../../../shared/ipc/contract.ts';
import { LIST_CHANGING_CHANNELS } from '../../../shared/ipc/list-changing-channels.ts';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { SessionState } from '../../../shared/session.ts';

/*
 * A stand-in for main in renderer tests, speaking the real protocol: the real createBridge()
 * (so errors cross as they do through the preload), requests and replies checked against the
 * contract's zod schemas. Tests give handlers for the channels they use and read `calls`.
 * Like main, after a successful write it reloads the list (the test's `integrations:list`
 * handler, when there is one) and pushes `integrations:changed`.
 */

type Handler<C extends IpcChannelName> = (
  request: IpcRequest<C>,
) => Promise<IpcResponse<C>> | IpcResponse<C>;
export type FakeHandlers = { [C in IpcChannelName]?: Handler<C> };

export interface FakeMain {
  bridge: AtergesBridge;
  calls: Array<{ channel: IpcChannelName; request: unknown }>;
  callsTo<C extends IpcChannelName>(channel: C): Array<IpcRequest<C>>;
  emit<E extends IpcEventName>(event: E, payload: IpcEventPayload<E>): void;
}

/** What main answers when a test does not say: the app is not locked. */
const DEFAULT_HANDLERS: FakeHandlers = {
  'lock:get-state': () => ({ locked: false, triesLeft: 5 }),
};

export function createFakeMain(handlers: FakeHandlers): FakeMain {
  const calls: FakeMain['calls'] = [];
  const listeners = new Map<IpcEventName, Set<(payload: unknown) => void>>();
  const emit = (event: IpcEventName, payload: unknown) => {
    const parsed = ipcEvents[event].payload.parse(payload);
    for (const listener of listeners.get(event) ?? []) listener(parsed);
  };
  // As IntegrationsService#changing: in the background, not holding the answer (no timer, so
  // tests with fake timers see it too).
  const reloadList = () => {
    const list = handlers['integrations:list'];
    if (!list) return;
    void Promise.resolve()
      .then(() => list(undefined))
      .then(
        (reloaded) => emit('integrations:changed', reloaded),
        () => undefined,
      );
  };
  const bridge = createBridge({
    async invoke(channel, request) {
      calls.push({ channel, request });
      try {
        await ipcChannels[channel].request.parseAsync(request);
        const handler = (handlers[channel] ?? DEFAULT_HANDLERS[channel]) as
          ((r: unknown) => unknown) | undefined;
        if (!handler) throw new AppError('server_error', `No fake handler for ${channel}`);
        const data = ipcChannels[channel].response.parse(await handler(request));
        if (LIST_CHANGING_CHANNELS.has(channel)) reloadList();
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        throw error;
      }
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
  return {
    bridge,
    calls,
    callsTo: <C extends IpcChannelName>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.request as IpcRequest<C>),
    emit,
  };
}

export function signedIn(overrides: Partial<SessionState> = {}): SessionState {
  return {
    status: 'signed_in',
    user: { id: '9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', email: 'ana@example.com' },
    connectivity: 'online',
    secondFactor: 'none',
    lastSyncedAt: '2025-06-01T11:00:00.000Z',
    keychain: { available: true, reason: null },
    notice: null,
    flow: null,
    ...overrides,
  };
}

export function signedOut(overrides: Partial<SessionState> = {}): SessionState {
  return signedIn({ status: 'signed_out', user: null, ...overrides });
}

let counter = 0;
export function makeIntegration(overrides: Partial<Integration> = {}): Integration {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    name: `Integration ${counter}`,
    type: 'openai',
    status: 'connected',
    errorMessage: null,
    errorCode: null,
    config: {},
    credentialHint: 'sk-…abcd',
    credentialsVersion: 1,
    credentialsMigrated: false,
    lastUsedAt: null,
    lastVerifiedAt: '2025-06-01T11:00:00.000Z',
    lastTestPassedAt: '2025-06-01T11:00:00.000Z',
    createdAt: '2025-05-01T11:00:00.000Z',
    updatedAt: '2025-05-01T11:00:00.000Z',
    ...overrides,
  };
}

export function listOf(integrations: Integration[], source: 'server' | 'cache' = 'server') {
  return { integrations, source, syncedAt: '2025-06-01T11:00:00.000Z' };
}

export const TEST_PROJECT = {
  supabaseUrl: 'https://abcdefghijklmnopqrst.supabase.co',
  supabaseAnonKey: 'sb_publishable_testtesttest01',
};

export function settingsOf(overrides: Partial<ResolvedSettings> = {}): ResolvedSettings {
  return {
    connection: TEST_PROJECT,
    source: 'build',
    preferences: { language: 'en', theme: 'system' },
    ...overrides,
  };
}

/**
 * The settings channels as main answers them, over one mutable state (no validation: tests of
 * refusals give their own handler). renderApp installs these unless a test overrides them.
 */
export function settingsHandlers(initial: ResolvedSettings): FakeHandlers {
  let settings = initial;
  return {
    'settings:get': () => settings,
    'settings:set-connection': (connection) =>
      (settings = { ...settings, connection, source: 'settings' }),
    'settings:clear-connection': () =>
      (settings = { ...settings, connection: null, source: 'none' }),
    'settings:set-preferences': (preferences) =>
      (settings = { ...settings, preferences: { ...settings.preferences, ...preferences } }),
    'settings:set-appearance': (appearance) => {
      settings = { ...settings, preferences: { ...settings.preferences, ...appearance } };
      return { language: settings.preferences.language, theme: settings.preferences.theme };
    },
  };
}

/** A JWT-shaped Supabase key (unsigned: the app only reads its role, never trusts it). */
export function fakeJwt(payload: Record<string, unknown>): string {
  const part = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}
