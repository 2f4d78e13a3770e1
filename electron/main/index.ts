import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  net,
  Notification,
  powerMonitor,
  session,
  shell,
} from 'electron';
import { AppServices } from './app/app-services.ts';
import { createIpcHandlers } from './app/ipc-handlers.ts';
import { createQuitGuard, DEFAULT_QUIT_TIMEOUT_MS } from './app/quit-guard.ts';
import { runGuardedStartup, startupFailureBox } from './app/startup-guard.ts';
import { ConnectionTestRunner } from './connection/connection-test-runner.ts';
import { netFetch, type NetModule } from './connection/net-fetch.ts';
import { createEventSender } from './ipc/event-sender.ts';
import { lockGate } from './ipc/lock-gate.ts';
import { registerIpcHandlers } from './ipc/register-handlers.ts';
import { createTrustedSenderCheck } from './ipc/trusted-sender.ts';
import { createLogger } from './logging/logger.ts';
import { consoleSink, fileSink } from './logging/sinks.ts';
import { deepLinkFromArgv } from './deep-link/deep-link-argv.ts';
import { DeepLinkInbox } from './deep-link/deep-link-inbox.ts';
import { registerProtocolClient } from './deep-link/protocol-client.ts';
import { createElectronNetworkSignal } from './offline/electron-network-signal.ts';
import { loadKeytar } from './session/keychain.ts';
import { buildTimeConnection, localDevConnection } from './settings/connection-sources.ts';
import { SettingsStore } from './settings/settings-store.ts';
import { AutoUpdateService, autoUpdateDisabledReason } from './updates/auto-update.ts';
import { loadElectronUpdater } from './updates/load-electron-updater.ts';
import { installApplicationMenu } from './window/app-menu.ts';
import { exportSaveDialog } from './window/export-save-dialog.ts';
import { projectChangeDialog } from './window/project-change-dialog.ts';
import { APP_ORIGIN, registerAppScheme, serveRendererFrom } from './window/app-protocol.ts';
import { developmentCsp } from './window/content-security-policy.ts';
import { createMainWindow, preloadPathFrom } from './window/create-main-window.ts';
import { applyDevelopmentCsp } from './window/harden-web-contents.ts';
import { WindowStateStore } from './window/window-state.ts';
import { nativeLanguage, type NativeLanguage } from '../../shared/i18n/native-words.ts';
import type { UiPreferences } from '../../shared/app-settings.ts';

/*
 * The composition root: the only place that knows about every part of main and about Electron.
 * Everything below `AppServices` takes its dependencies as arguments, so the end-to-end harness
 * builds the same services without Electron.
 */

// Until start() has a logger (and a language from the settings), a failed start reports here.
let logStartupError = (error: unknown): void => console.error('start-up failed', error);
let language: NativeLanguage | null = null;
// `aterges://` links (issue #12): held until the services can act on them.
let logDeepLinkError = (error: unknown): void => console.error('deep link failed', error);
const deepLinks = new DeepLinkInbox((error) => logDeepLinkError(error));
// Whether the OS will hand `aterges://` links to this app (OAuth then comes back that way).
let protocolRegistered = false;

// One running copy: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  protocolRegistered = registerProtocolClient(app, process);
  // macOS delivers a link (also the one that launched the app) as `open-url`, which can fire
  // before `ready`: the listener must exist from the start.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.receive(url);
  });
  // Windows and Linux start the app with the link as an argument.
  const launchLink = deepLinkFromArgv(process.argv);
  if (launchLink !== null) deepLinks.receive(launchLink);
  void runGuardedStartup({
    start,
    log: (error) => logStartupError(error),
    showFailure: () => {
      const box = startupFailureBox(
        app.getPath('logs'),
        language ?? nativeLanguage('system', app.getLocale()),
      );
      dialog.showErrorBox(box.title, box.content);
    },
    exit: (code) => app.exit(code),
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  // Registered before anything slow, so a second launch or a Dock click during start-up is
  // handled (focus once there is a window) rather than lost.
  let window: BrowserWindow | null = null;
  let open: (() => BrowserWindow) | null = null;
  const bringToFront = () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  // Windows and Linux: a link opened while the app runs starts a second copy, whose argv arrives
  // here; the second copy quits at once (the lock above).
  app.on('second-instance', (_event, argv) => {
    const link = deepLinkFromArgv(argv);
    if (link !== null) deepLinks.receive(link);
    bringToFront();
  });
  app.on('activate', () => {
    if (open && BrowserWindow.getAllWindows().length === 0) window = open();
  });

  const mainDir = import.meta.dirname;
  const dataDir = app.getPath('userData');
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

  const logger = createLogger({
    level: app.isPackaged ? 'info' : 'debug',
    sinks: [consoleSink(), fileSink(join(app.getPath('logs'), 'main.log'))],
  });
  const logError = (message: string, error: unknown) => logger.error(message, { error });
  // The one door for main's network (issue #16 §4): Chromium's stack honours the system proxy,
  // PAC files and the OS certificate store, which Node's http stack ignores. supabase-js (session,
  // vault, probes) and every provider SDK get it (connection/fetch-transports.ts); the updater
  // already uses Electron's net.
  const networkFetch = netFetch(net as unknown as NetModule);
  logStartupError = (error) => logger.error('start-up failed', { error });
  logDeepLinkError = (error) => logger.error('A deep link failed', { error });

  serveRendererFrom(join(mainDir, '../renderer'));
  installApplicationMenu(process.platform === 'darwin', 'en');
  if (devServerUrl) applyDevelopmentCsp(session.defaultSession, developmentCsp(appOrigin));

  const emit = createEventSender((event, payload) => {
    if (window && !window.isDestroyed()) window.webContents.send(event, payload);
  }, logError);

  // electron-updater's default channel; "About" shows `none` when this run looks for no updates.
  const updatesOn =
    autoUpdateDisabledReason({
      isPackaged: app.isPackaged,
      updateConfigPath: join(process.resourcesPath, 'app-update.yml'),
      env: process.env,
    }) === null;
  const services = await AppServices.start({
    dataDir,
    settings: new SettingsStore({
      directory: dataDir,
      buildConnection: buildTimeConnection(),
      localDevConnection: localDevConnection(process.env, app.isPackaged),
      logger,
    }),
    keychain: await loadKeytar(),
    logger,
    runner: new ConnectionTestRunner({ log: logger.child('tests'), fetch: networkFetch }),
    fetch: networkFetch,
    emit,
    openExternal: (url) => shell.openExternal(url),
    appInfo: () => ({
      version: app.getVersion(),
      electron: process.versions.electron ?? null,
      chromium: process.versions.chrome ?? null,
      updateChannel: updatesOn ? 'latest' : 'none',
    }),
    // shell.openPath answers with an error text, empty on success.
    openLogsFolder: async () => (await shell.openPath(app.getPath('logs'))) === '',
    confirmProjectChange: async (change) => {
      const { preferences } = await services.settings.resolve();
      const options = projectChangeDialog(
        change,
        nativeLanguage(preferences.language, app.getLocale()),
      );
      const answer =
        window && !window.isDestroyed()
          ? await dialog.showMessageBox(window, options)
          : await dialog.showMessageBox(options);
      return answer.response === 0;
    },
    chooseExportFile: async (suggestedName) => {
      const { preferences } = await services.settings.resolve();
      const options = exportSaveDialog(
        app.getPath('documents'),
        suggestedName,
        nativeLanguage(preferences.language, app.getLocale()),
        join,
      );
      const answer =
        window && !window.isDestroyed()
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    network: createElectronNetworkSignal({ net, powerMonitor }),
    // Auto-lock reads the system's idle time (see lock/lock-service.ts for why not the page's).
    idle: { seconds: () => powerMonitor.getSystemIdleTime() },
    locale: () => app.getLocale(),
    // An unpackaged build's registration points at a development Electron (and on Linux needs a
    // desktop file it does not have): OAuth comes back through the loopback server there.
    oauthRedirect: app.isPackaged && protocolRegistered ? 'deep_link' : 'loopback',
    showNotification: (notice) => {
      if (!Notification.isSupported()) return;
      const note = new Notification({ title: notice.title, body: notice.body });
      note.on('click', () => {
        if ((!window || window.isDestroyed()) && open) window = open();
        if (!window) return;
        if (window.isMinimized()) window.restore();
        window.focus();
        emit('integrations:open', { id: notice.integrationId });
      });
      note.show();
    },
  });
  // Main's own words (menu, native dialogs) follow the language the user chose in the page.
  const speak = (choice: UiPreferences['language']) => {
    language = nativeLanguage(choice, app.getLocale());
    installApplicationMenu(process.platform === 'darwin', language, () => void services.lockNow());
  };
  speak((await services.settings.resolve()).preferences.language);
  services.settings.onChange((settings) => speak(settings.preferences.language));
  registerIpcHandlers(ipcMain, createIpcHandlers(services), {
    isTrustedSender: createTrustedSenderCheck(appOrigin),
    logError,
    // Locked, main answers only the unlock screen's channels (auto-lock, issue #13 §3).
    gate: lockGate(() => services.isLocked()),
  });
  // The same call the end-to-end harness makes (AppHarness.openDeepLink).
  deepLinks.deliverTo(async (url) => {
    bringToFront();
    await services.openDeepLink(url);
  });

  const updates = new AutoUpdateService({
    isPackaged: app.isPackaged,
    updateConfigPath: join(process.resourcesPath, 'app-update.yml'),
    loadUpdater: loadElectronUpdater,
    env: process.env,
    logger,
  });
  void updates.start();

  // Electron does not await will-quit listeners: the guard holds the quit until the services
  // have stopped (running tests cancelled, their rows no longer `verifying`), within a limit.
  app.on(
    'will-quit',
    createQuitGuard({
      stop: async () => {
        updates.stop();
        await services.stop();
      },
      timeoutMs: DEFAULT_QUIT_TIMEOUT_MS,
      exit: (code) => app.exit(code),
      warn: (message, fields) => logger.warn(message, fields),
    }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const windowState = new WindowStateStore(dataDir, (message, fields) =>
    logger.warn(message, fields),
  );
  open = () => {
    const opened = createMainWindow({
      startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      appOrigin,
      preloadPath: preloadPathFrom(mainDir),
      windowState,
      allowDevTools: !app.isPackaged,
    });
    // Live sync reloads on focus when the last sync is over a minute old.
    opened.on('focus', () => services.liveSync()?.onFocus());
    return opened;
  };
  window = open();
  powerMonitor.on('resume', () => services.liveSync()?.onResume());
  // The system's lock screen and sleep lock the app at once (unless locking is "Nunca").
  powerMonitor.on('lock-screen', () => void services.onSystemLock('lock-screen'));
  powerMonitor.on('suspend', () => void services.onSystemLock('suspend'));
}
