/**
 * The main-process core (session, vault client, cache, offline controller, connection tests)
 * built by the app's own wiring (`assembleServices`, which the composition root also uses), against a test Supabase target, the real keychain (under a
 * test-only service name, so a developer's own app session is never touched) and a data folder
 * a test can reuse to simulate a restart.
 */
import type {
  ActivityService,
  ChooseExportFile,
} from '../../electron/main/activity/activity-service.ts';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectedServicesOptions } from '../../electron/main/app/connected-services.ts';
import { assembleServices } from '../../electron/main/app/connected-services.ts';
import type { LiveSync } from '../../electron/main/sync/live-sync.ts';
import type { StatusChangedEvent } from '../../electron/main/connection/connection-service.ts';
import type { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import type { Logger } from '../../electron/main/logging/logger.ts';
import { createLogger } from '../../electron/main/logging/logger.ts';
import type { MemorySink } from '../../electron/main/logging/sinks.ts';
import { memorySink } from '../../electron/main/logging/sinks.ts';
import type { Clock } from '../../electron/main/offline/clock.ts';
import type { NetworkSignal } from '../../electron/main/offline/connectivity-monitor.ts';
import type { ConnectivityMonitor } from '../../electron/main/offline/connectivity-monitor.ts';
import type { IntegrationCache } from '../../electron/main/offline/integration-cache.ts';
import type { OfflineController } from '../../electron/main/offline/offline-controller.ts';
import type { OAuthProviderList } from '../../electron/main/oauth/oauth-providers.ts';
import type { OAuthRedirectMode, OAuthSignIn } from '../../electron/main/oauth/oauth-sign-in.ts';
import type { Keychain } from '../../electron/main/session/keychain.ts';
import {
  KEYCHAIN_SERVICE,
  SESSION_KEY_ACCOUNT,
  loadKeytar,
} from '../../electron/main/session/keychain.ts';
import type { LocalKey } from '../../electron/main/session/local-key.ts';
import { resolveLocalKey } from '../../electron/main/session/local-key.ts';
import type { FetchLike } from '../../electron/main/session/observed-fetch.ts';
import { unseal } from '../../electron/main/session/sealed-box.ts';
import type { SecondFactorService } from '../../electron/main/session/second-factor-service.ts';
import type { SessionService } from '../../electron/main/session/session-service.ts';
import type { VaultClient } from '../../electron/main/vault/vault-client.ts';
import type { LockService } from '../../electron/main/lock/lock-service.ts';
import type { AutoLockMinutes, LockState } from '../../shared/lock.ts';
import type { SessionState } from '../../shared/session.ts';
import type { FakeIdle } from './fake-idle.ts';
import type { SupabaseTarget } from './supabase-target.ts';

/** The real keychain, with every service name suffixed so tests never touch the app's entries. */
export interface TestKeychain extends Keychain {
  /** The service name actually used for `service`. */
  serviceName(service: string): string;
}

export async function testKeychain(
  namespace = randomBytes(4).toString('hex'),
): Promise<TestKeychain> {
  const keytar = await loadKeytar();
  const serviceName = (service: string) => `${service} [test ${namespace}]`;
  return {
    serviceName,
    getPassword: (service, account) => keytar.getPassword(serviceName(service), account),
    setPassword: (service, account, password) =>
      keytar.setPassword(serviceName(service), account, password),
    deletePassword: (service, account) => keytar.deletePassword(serviceName(service), account),
  };
}

/** A base fetch that records the URL of every call that was actually attempted. */
export function countingFetch(): { fetch: FetchLike; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (input, init) => {
      calls.push(input instanceof Request ? input.url : input.toString());
      return fetch(input, init);
    },
  };
}

export interface CoreOptions {
  target: SupabaseTarget;
  keychain: Keychain;
  /** Reuse a data folder to simulate a restart. */
  dataDir?: string;
  /** The OS network signal; up by default. */
  network?: NetworkSignal;
  clock?: Clock;
  /** Jitter source of the reconnect backoff. */
  random?: () => number;
  fetch?: FetchLike;
  /** The connectivity tests' runner (e.g. pointed at the provider stand-ins); the real one by default. */
  runner?: ConnectionTestRunner;
  /** The project key the app is given; the target's publishable key by default. */
  apiKey?: string;
  /** The system browser as OAuth sees it (a test's driver plays it). */
  openExternal?: (url: string) => Promise<void>;
  oauthRedirect?: OAuthRedirectMode;
  /** The save dialog of an activity export (none: an export saves nothing). */
  chooseExportFile?: ChooseExportFile;
  /** Auto-lock's fake idle time and the preference's minutes; without, it never locks by itself. */
  autoLock?: { idle: FakeIdle; minutes: () => AutoLockMinutes | null };
  /** Native notifications of keys that stop working elsewhere (none without). */
  notifications?: ConnectedServicesOptions['notifications'];
  /** Live sync's reconnect backoff, and a hook that sees every batch of live changes. */
  liveBackoff?: ConnectedServicesOptions['liveBackoff'];
  onLiveChanges?: ConnectedServicesOptions['onLiveChanges'];
}

export interface Core {
  /** The app data folder: pass it again as `dataDir` to simulate a restart. */
  dataDir: string;
  /** This project's folder inside it, where the session and cache files are. */
  projectDir: string;
  logs: MemorySink;
  logger: Logger;
  localKey: LocalKey;
  monitor: ConnectivityMonitor;
  session: SessionService;
  secondFactor: SecondFactorService;
  vault: VaultClient;
  cache: IntegrationCache;
  offline: OfflineController;
  /** The connectivity flows, wired to the offline controller as the app wires them. */
  connections: ConnectionService;
  /** Sign-in with GitHub or Google, and which providers the project enabled. */
  oauth: OAuthSignIn;
  oauthProviders: OAuthProviderList;
  /** The "Actividad" page's calls. */
  activity: ActivityService;
  /** Live sync, as the app wires it; `start()` starts it. */
  liveSync: LiveSync;
  /** Every `integrations:status-changed` the flows sent. */
  statusEvents: StatusChangedEvent[];
  /** Auto-lock, as main's dispatch sees it; every `lock:changed` it sent. */
  lock: LockService;
  lockEvents: LockState[];
  /** Starts the services as the app does (a restored session may start locked). */
  start(): Promise<void>;
  /** The app's sign-out: running tests put their rows back first, then the session ends. */
  signOut(): Promise<SessionState>;
  dispose(): Promise<void>;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'aterges-core-'));
  const logs = memorySink();
  const logger = createLogger({ level: 'debug', sinks: [logs.sink] });
  const localKey = await resolveLocalKey(options.keychain, logger);
  const statusEvents: StatusChangedEvent[] = [];
  const lockEvents: LockState[] = [];
  // Not started: each test decides when the app "starts" (offline.start()).
  const services = await assembleServices({
    connection: {
      supabaseUrl: options.target.url,
      supabaseAnonKey: options.apiKey ?? options.target.publishableKey,
    },
    dataDir,
    localKey,
    logger,
    runner: options.runner ?? new ConnectionTestRunner(),
    emit: (event, payload) => {
      if (event === 'integrations:status-changed') statusEvents.push(payload as StatusChangedEvent);
      if (event === 'lock:changed') lockEvents.push(payload as LockState);
    },
    ...(options.network ? { network: options.network } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
    ...(options.oauthRedirect ? { oauthRedirect: options.oauthRedirect } : {}),
    ...(options.chooseExportFile ? { chooseExportFile: options.chooseExportFile } : {}),
    ...(options.autoLock ? { lock: options.autoLock.idle.source(options.autoLock.minutes) } : {}),
    ...(options.notifications ? { notifications: options.notifications } : {}),
    ...(options.liveBackoff ? { liveBackoff: options.liveBackoff } : {}),
    ...(options.onLiveChanges ? { onLiveChanges: options.onLiveChanges } : {}),
  });
  return {
    dataDir,
    projectDir: services.projectDir,
    logs,
    logger,
    localKey,
    monitor: services.monitor,
    session: services.session,
    secondFactor: services.secondFactor,
    vault: services.vault,
    cache: services.cache,
    offline: services.offline,
    connections: services.connections,
    activity: services.activity,
    liveSync: services.liveSync,
    oauth: services.oauth,
    oauthProviders: services.oauthProviders,
    statusEvents,
    lock: services.lock,
    lockEvents,
    start: () => services.start(),
    signOut: () => services.signOut(),
    dispose: () => services.dispose(),
  };
}

/** A switchable OS network signal. */
export function switchableNetwork(initial = true): NetworkSignal & { set(online: boolean): void } {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      online = value;
      for (const listener of listeners) listener(value);
    },
  };
}

/** The key the app keeps in the keychain (null when there is none). */
export async function storedLocalKey(keychain: Keychain): Promise<Buffer | null> {
  const value = await keychain.getPassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
  return value === null ? null : Buffer.from(value, 'base64');
}

/** Opens one of the app's sealed files with the keychain key, as an attacker with both could. */
export async function unsealedText(
  keychain: Keychain,
  path: string,
  purpose: string,
): Promise<string | null> {
  const key = await storedLocalKey(keychain);
  if (key === null || !existsSync(path)) return null;
  return unseal(key, readFileSync(path), purpose).toString('utf8');
}
