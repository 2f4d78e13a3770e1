import type { AppServicesOptions } from '../../../electron/main/app/app-services.ts';
import { AppServices } from '../../../electron/main/app/app-services.ts';
import { createIpcHandlers } from '../../../electron/main/app/ipc-handlers.ts';
import { createEventSender } from '../../../electron/main/ipc/event-sender.ts';
import type { IpcDispatch } from '../../../electron/main/ipc/register-handlers.ts';
import { createIpcDispatch } from '../../../electron/main/ipc/register-handlers.ts';
import { lockGate } from '../../../electron/main/ipc/lock-gate.ts';
import { createTrustedSenderCheck } from '../../../electron/main/ipc/trusted-sender.ts';
import type { Logger } from '../../../electron/main/logging/logger.ts';
import type { OAuthRedirectMode } from '../../../electron/main/oauth/oauth-sign-in.ts';
import type { Keychain } from '../../../electron/main/session/keychain.ts';
import type { FailureNotice } from '../../../electron/main/sync/failure-notifier.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import type { IpcEventName } from '../../../shared/ipc/contract.ts';
import type { E2eEnvironment } from './e2e-environment.ts';

export interface MainProcessOptions {
  /** The local Supabase, the provider runner and the page origin (an E2eEnvironment has them). */
  env: Pick<E2eEnvironment, 'stack' | 'runner' | 'origin'>;
  /** The app's data folder; the same one again is a restart. */
  dataDir: string;
  keychain: Keychain;
  logger: Logger;
  /** Where checked events go (the page, in the harness). */
  deliver: (event: IpcEventName, payload: unknown) => void;
  /** The native "move to another project?" dialog; yes by default. */
  confirmProjectChange?: () => Promise<boolean>;
  /** The native notifications main shows (a key stopped working elsewhere). */
  showNotification?: (notice: FailureNotice) => void;
  /** The system browser as main sees it (the OAuth sign-in opens its page there). */
  openExternal?: (url: string) => Promise<void>;
  /** How OAuth comes back (AppServicesOptions.oauthRedirect). */
  oauthRedirect?: OAuthRedirectMode;
  /** The native save dialog of an activity export (AppServicesOptions.chooseExportFile). */
  chooseExportFile?: AppServicesOptions['chooseExportFile'];
  /** The system's idle time and the auto-lock poll's clock (AppServicesOptions.idle). */
  idle?: AppServicesOptions['idle'];
}

export interface MainProcess {
  services: AppServices;
  /** Calls a channel exactly as `ipcMain.handle` would (sender check, zod in and out). */
  dispatch: IpcDispatch;
  stop(): Promise<void>;
}

/**
 * The main process of `electron/main/index.ts` without Electron: the same AppServices, handlers,
 * registration helper, sender check and event sender, wired to the local stack (as `npm run dev`
 * does through the local development connection) and to the provider stand-ins.
 */
export async function startMainProcess(options: MainProcessOptions): Promise<MainProcess> {
  const { env, dataDir, keychain, logger } = options;
  const logError = (message: string, error: unknown) => logger.error(message, { error });
  const emit = createEventSender(options.deliver, logError);
  const settings = new SettingsStore({
    directory: dataDir,
    localDevConnection: { supabaseUrl: env.stack.url, supabaseAnonKey: env.stack.publishableKey },
    logger,
  });
  // Auto-lock is on by default in the app; a scenario that is not about it should not meet the
  // unlock screen after a restart, so the harness starts with "Nunca" unless a scenario chose.
  // Set before the services start: a restored session decides at start whether to lock.
  const { preferences } = await settings.resolve();
  if (preferences.autoLockMinutes === undefined) {
    await settings.setPreferences({ autoLockMinutes: null });
  }
  const services = await AppServices.start({
    dataDir,
    settings,
    keychain,
    logger,
    runner: env.runner(),
    emit,
    // Recorded by the harness (AppHarness.externalUrls); the app's allowlist is still applied by
    // the handler. OAuth comes back through the loopback server, as in an unpackaged build.
    openExternal: options.openExternal ?? (() => Promise.resolve()),
    // The person says yes to any project switch unless a scenario says otherwise.
    confirmProjectChange: options.confirmProjectChange ?? (() => Promise.resolve(true)),
    ...(options.showNotification ? { showNotification: options.showNotification } : {}),
    ...(options.oauthRedirect ? { oauthRedirect: options.oauthRedirect } : {}),
    ...(options.idle ? { idle: options.idle } : {}),
    ...(options.chooseExportFile ? { chooseExportFile: options.chooseExportFile } : {}),
    // The page's language picks main's words; the harness's "system" is English.
    locale: () => 'en-US',
  });
  const dispatch = createIpcDispatch(createIpcHandlers(services), {
    isTrustedSender: createTrustedSenderCheck(env.origin),
    logError,
    gate: lockGate(() => services.isLocked()),
  });
  return { services, dispatch, stop: () => services.stop() };
}
