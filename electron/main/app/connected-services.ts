import type { ConnectionSettings } from '../../../shared/app-settings.ts';
import type { SessionNotice, SessionState } from '../../../shared/session.ts';
import type { ConnectionTestRunner } from '../connection/connection-test-runner.ts';
import { ConnectionService } from '../connection/connection-service.ts';
import type { Logger } from '../logging/logger.ts';
import type { NetworkSignal } from '../offline/connectivity-monitor.ts';
import { ConnectivityMonitor } from '../offline/connectivity-monitor.ts';
import type { Clock } from '../offline/clock.ts';
import { IntegrationCache } from '../offline/integration-cache.ts';
import { OfflineController } from '../offline/offline-controller.ts';
import type { LocalKey } from '../session/local-key.ts';
import type { FetchLike } from '../session/observed-fetch.ts';
import { SecondFactorService } from '../session/second-factor-service.ts';
import { SessionService } from '../session/session-service.ts';
import { VaultClient } from '../vault/vault-client.ts';
import type { EmitEvent } from '../ipc/emit-event.ts';
import type { FailureNotifierOptions } from '../sync/failure-notifier.ts';
import { FailureNotifier } from '../sync/failure-notifier.ts';
import type { BackoffOptions } from '../offline/backoff.ts';
import type { LiveChange } from '../sync/live-changes.ts';
import { LiveSync } from '../sync/live-sync.ts';
import { OAuthProviderList } from '../oauth/oauth-providers.ts';
import type { OAuthRedirectMode } from '../oauth/oauth-sign-in.ts';
import { OAuthSignIn } from '../oauth/oauth-sign-in.ts';
import { createObservedFetch } from '../session/observed-fetch.ts';
import { thisDeviceName } from './device-name.ts';
import { projectDataDir } from './project-data-dir.ts';
import type { ChooseExportFile } from '../activity/activity-service.ts';
import { ActivityService } from '../activity/activity-service.ts';
import { ActivityClient } from '../vault/activity-client.ts';
import { IntegrationsService } from './integrations-service.ts';
import type { LockService } from '../lock/lock-service.ts';
import { gatedEmit } from '../ipc/lock-gate.ts';
import type { LockSource } from './lock-wiring.ts';
import { buildLock, NO_AUTO_LOCK, startLock } from './lock-wiring.ts';

export interface ConnectedServicesOptions {
  connection: ConnectionSettings;
  /** The app's data folder; each project gets a folder of its own inside it. */
  dataDir: string;
  localKey: LocalKey;
  logger: Logger;
  runner: ConnectionTestRunner;
  emit: EmitEvent;
  network?: NetworkSignal;
  fetch?: FetchLike;
  /** The reconnect backoff's clock and jitter source (tests pass a manual clock). */
  clock?: Clock;
  random?: () => number;
  /** Native notifications when a key stops working elsewhere (none without). */
  notifications?: Omit<FailureNotifierOptions, 'clock'>;
  /** Opens the OAuth provider's page in the system browser (none: OAuth cannot start). */
  openExternal?: (url: string) => Promise<void>;
  /** How the browser comes back from an OAuth sign-in (default: the loopback server). */
  oauthRedirect?: OAuthRedirectMode;
  /** Where to save an activity export (a native save dialog; none: export saves nothing). */
  chooseExportFile?: ChooseExportFile;
  /** The name the activity gives this computer (default: its host name; null: none). */
  device?: string | null;
  /** Auto-lock's idle time and preference (none: the app never locks by itself). */
  lock?: LockSource;
  /** Live sync's reconnect backoff (tests shorten it; the offline backoff's by default). */
  liveBackoff?: Partial<BackoffOptions>;
  /** Sees every batch of live changes as it is merged (tests and the benchmark record them). */
  onLiveChanges?: (changes: readonly LiveChange[]) => void;
}

/** Everything that talks to one Supabase project: built when a project is set, disposed on change. */
export interface ConnectedServices {
  session: SessionService;
  /** Two-step verification (see session/second-factor-service.ts). */
  secondFactor: SecondFactorService;
  vault: VaultClient;
  offline: OfflineController;
  connections: ConnectionService;
  /** The "Actividad" page: pages, per-day counts, CSV export (see activity/activity-service.ts). */
  activity: ActivityService;
  /** The integration workflow the IPC handlers call (see integrations-service.ts). */
  integrations: IntegrationsService;
  /** Live sync over Supabase Realtime (see sync/live-sync.ts). */
  liveSync: LiveSync;
  /** Sign-in with GitHub or Google (see oauth/oauth-sign-in.ts) and which ones are enabled. */
  oauth: OAuthSignIn;
  oauthProviders: OAuthProviderList;
  /** Auto-lock (see lock/lock-service.ts); main's dispatch refuses most channels while locked. */
  lock: LockService;
  /** Signs out after the running tests have put their rows back (see `signOutAfterTests`). */
  signOut(notice?: SessionNotice): Promise<SessionState>;
  /** The same, and every other device of the user too (issue #14 §7). */
  signOutEverywhere(): Promise<SessionState>;
  dispose(): Promise<void>;
}

/**
 * Cancels the running tests and waits for them to put back the status they replaced, THEN ends
 * the session: once it is gone, no call reaches the vault and the rows would stay `verifying`.
 */
export async function signOutAfterTests(
  connections: Pick<ConnectionService, 'cancelAll'>,
  session: Pick<SessionService, 'signOut'>,
  notice: SessionNotice | null = null,
): Promise<SessionState> {
  await connections.cancelAll();
  return session.signOut(notice);
}

/** The services before they start, with the parts a test looks into. */
export interface AssembledServices extends ConnectedServices {
  /** This project's folder (session and cache files). */
  projectDir: string;
  monitor: ConnectivityMonitor;
  cache: IntegrationCache;
  /** Restores the last known list and starts following the connection. */
  start(): Promise<void>;
}

/** Builds and starts one project's services: what the app does when a project is set. */
export async function connectServices(
  options: ConnectedServicesOptions,
): Promise<ConnectedServices> {
  const services = await assembleServices(options);
  await services.start();
  return services;
}

/**
 * Builds one project's services, wired as the app wires them, without starting them: the one
 * wiring path, shared by `connectServices` and the tests' harness.
 */
export async function assembleServices(
  options: ConnectedServicesOptions,
): Promise<AssembledServices> {
  const { connection, logger } = options;
  // Locked, only the lock, session and settings events leave main (ipc/lock-gate.ts).
  let locked = () => false;
  const emit = gatedEmit(options.emit, () => locked());
  const dataDir = projectDataDir(options.dataDir, connection.supabaseUrl, (detail) =>
    logger.warn('Moved aside what was at the project folder path', detail),
  );
  const monitor = new ConnectivityMonitor({
    supabaseUrl: connection.supabaseUrl,
    supabaseAnonKey: connection.supabaseAnonKey,
    logger,
    ...(options.network ? { network: options.network } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const session = await SessionService.create({
    supabaseUrl: connection.supabaseUrl,
    supabaseAnonKey: connection.supabaseAnonKey,
    dataDir,
    localKey: options.localKey,
    logger,
    transport: monitor,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const device = options.device === undefined ? thisDeviceName() : options.device;
  const vaultConnectivity = () => session.getState().connectivity;
  const vault = new VaultClient({
    client: session.client,
    connectivity: vaultConnectivity,
    logger,
    ...(device ? { device } : {}),
  });
  const cache = new IntegrationCache({ dataDir, key: options.localKey.key, logger });
  const notifier = options.notifications ? new FailureNotifier(options.notifications) : null;
  const connections = new ConnectionService({
    vault,
    runner: options.runner,
    onStatusChanged: (event) => {
      notifier?.observeOwnTest(event.id);
      emit('integrations:status-changed', event);
    },
    log: logger.child('connections'),
  });
  // Every list load from the server (sign-in and reconnect included) puts back rows that tests
  // left `verifying`.
  const offline = new OfflineController({
    session,
    vault,
    cache,
    monitor,
    logger,
    abandonedTests: connections,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
  });

  const unsubscribers = [
    session.onStateChange((state) => emit('session:changed', state)),
    offline.onIntegrationsChanged((list) => {
      notifier?.observeList(list.integrations);
      emit('integrations:changed', list);
    }),
  ];
  const liveSync = new LiveSync({
    session,
    client: session.client,
    list: {
      reload: () => offline.listIntegrations(),
      applyLive: (userId, apply) => offline.applyLive(userId, apply),
    },
    logger,
    onChanges: (changes) => {
      notifier?.observeChanges(changes);
      options.onLiveChanges?.(changes);
    },
    ...(options.liveBackoff ? { backoff: options.liveBackoff } : {}),
  });

  const oauth = new OAuthSignIn({
    session,
    supabaseUrl: connection.supabaseUrl,
    redirectMode: options.oauthRedirect ?? 'loopback',
    openExternal: options.openExternal ?? (() => Promise.reject(new Error('no browser'))),
    logger,
  });
  const oauthProviders = new OAuthProviderList({
    supabaseUrl: connection.supabaseUrl,
    supabaseAnonKey: connection.supabaseAnonKey,
    fetch: createObservedFetch({
      ...(options.fetch ? { base: options.fetch } : {}),
      transport: monitor,
    }),
    logger: logger.child('oauth'),
  });

  const secondFactor = new SecondFactorService(session, logger);
  const signOut = (notice?: SessionNotice) => signOutAfterTests(connections, session, notice);
  const lockSource = options.lock ?? NO_AUTO_LOCK;
  const { lock, unsubscribe: unsubscribeLock } = buildLock({
    source: lockSource,
    ...{ connection, session, secondFactor, connections, monitor, signOut, emit, logger },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  locked = () => lock.isLocked();
  unsubscribers.push(unsubscribeLock);

  return {
    projectDir: dataDir,
    monitor,
    cache,
    async start() {
      // Before the list loads: a restored session starts locked.
      await startLock(lock, lockSource, session);
      await offline.start();
      liveSync.start();
    },
    session,
    secondFactor,
    lock,
    vault,
    offline,
    connections,
    liveSync,
    oauth,
    oauthProviders,
    activity: new ActivityService({
      client: new ActivityClient({
        client: session.client,
        connectivity: vaultConnectivity,
        logger,
      }),
      log: logger.child('activity'),
      locked: () => locked(),
      ...(options.chooseExportFile ? { chooseExportFile: options.chooseExportFile } : {}),
    }),
    integrations: new IntegrationsService({
      vault,
      connections,
      offline,
      log: logger.child('integrations'),
    }),
    signOut,
    signOutEverywhere: async () => {
      await connections.cancelAll();
      return session.signOutEverywhere();
    },
    async dispose() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      lock.stop();
      await oauth.dispose();
      // Before the session goes: the project's running tests put their rows back, silently (the
      // renderer already shows the next project).
      await connections.dispose();
      await liveSync.stop();
      offline.stop();
      await offline.whenSettled();
      monitor.dispose();
      await session.dispose();
    },
  };
}
