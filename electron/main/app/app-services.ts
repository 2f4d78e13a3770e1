import type { AppInfo } from '../../../shared/app-info.ts';
import type { ChooseExportFile } from '../activity/activity-service.ts';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import { nativeLanguage, nativeWords } from '../../../shared/i18n/native-words.ts';
import type { LockState } from '../../../shared/lock.ts';
import { autoLockMinutesOf, MAX_UNLOCK_TRIES } from '../../../shared/lock.ts';
import type { Clock } from '../offline/clock.ts';
import type { ConnectionTestRunner } from '../connection/connection-test-runner.ts';
import { parseAuthCallbackUrl } from '../deep-link/auth-callback-url.ts';
import type { Logger } from '../logging/logger.ts';
import type { OAuthRedirectMode } from '../oauth/oauth-sign-in.ts';
import type { NetworkSignal } from '../offline/connectivity-monitor.ts';
import type { Keychain } from '../session/keychain.ts';
import type { LocalKey } from '../session/local-key.ts';
import { resolveLocalKey } from '../session/local-key.ts';
import type { FetchLike } from '../session/observed-fetch.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { EmitEvent } from '../ipc/emit-event.ts';
import type { FailureNotice } from '../sync/failure-notifier.ts';
import type { ConnectedServices } from './connected-services.ts';
import type { ConfirmProjectChange } from './project-change.ts';
import { connectServices } from './connected-services.ts';
import { ProjectSetupService } from './project-setup-service.ts';

/** Outside Electron: no Electron or Chromium, no updates. */
const nodeAppInfo = (): AppInfo => ({
  version: '0.0.0',
  electron: null,
  chromium: null,
  updateChannel: 'none',
});

export interface AppServicesOptions {
  dataDir: string;
  settings: SettingsStore;
  keychain: Keychain;
  logger: Logger;
  runner: ConnectionTestRunner;
  emit: EmitEvent;
  /** Opens an (already allowlisted) URL in the system browser. */
  openExternal: (url: string) => Promise<void>;
  /**
   * Asks the person, outside the page (a native dialog in the app), before the app moves to
   * another Supabase project: a compromised page must not be able to point the app at a server
   * of its choosing and ask for the password there.
   */
  confirmProjectChange: ConfirmProjectChange;
  network?: NetworkSignal;
  fetch?: FetchLike;
  /** Shows a native notification (Electron's in the app); none when absent. */
  showNotification?: (notice: FailureNotice) => void;
  /** Versions and update channel for "About"; Node's own versions when absent (the harness). */
  appInfo?: () => AppInfo;
  /**
   * Asks where to save an activity export (a native save dialog in the app, in the person's
   * language); null when cancelled. Absent, an export saves nothing.
   */
  chooseExportFile?: ChooseExportFile;
  /** Opens main's logs folder (`shell.openPath` in the app); true when it opened. */
  openLogsFolder?: () => Promise<boolean>;
  /** The OS locale, for the `system` language (`app.getLocale()` in the app). */
  locale?: () => string;
  /**
   * How an OAuth sign-in comes back: `deep_link` when the OS hands `aterges://` links to this app
   * (a packaged, registered app), else the loopback server (the default).
   */
  oauthRedirect?: OAuthRedirectMode;
  /**
   * Auto-lock's idle source: seconds since the last input anywhere on the system
   * (`powerMonitor.getSystemIdleTime` in the app, a fake in tests), and the poll's clock. Absent,
   * the system counts as never idle (the lock still comes on start, sleep and request).
   */
  idle?: { seconds: () => number; clock?: Clock; pollMs?: number };
}

/**
 * The main process's services, without Electron: the real app builds this in its composition
 * root and the end-to-end harness builds the very same thing in the test process. It follows
 * the settings: a new Supabase project replaces the project's services; none means every
 * project call answers `not_configured`.
 */
export class AppServices {
  readonly settings: SettingsStore;
  readonly openExternal: (url: string) => Promise<void>;
  readonly appInfo: () => AppInfo;
  readonly openLogsFolder: () => Promise<boolean>;
  readonly confirmProjectChange: ConfirmProjectChange;
  /** "Preparar proyecto": needs no project set, only the database's connection string. */
  readonly projectSetup: ProjectSetupService;
  readonly #options: AppServicesOptions;
  readonly #localKey: LocalKey;
  #connected: ConnectedServices | null = null;
  #connectedUrl: string | null = null;
  /** Serializes project switches so two settings changes cannot race. */
  #switching: Promise<void> = Promise.resolve();
  readonly #unsubscribe: () => void;

  private constructor(options: AppServicesOptions, localKey: LocalKey) {
    this.#options = options;
    this.#localKey = localKey;
    this.settings = options.settings;
    this.openExternal = options.openExternal;
    this.appInfo = options.appInfo ?? nodeAppInfo;
    this.openLogsFolder = options.openLogsFolder ?? (() => Promise.resolve(false));
    this.confirmProjectChange = options.confirmProjectChange;
    this.projectSetup = new ProjectSetupService(options.emit, options.logger.child('setup'));
    this.#unsubscribe = options.settings.onChange((settings) => {
      options.emit('settings:changed', settings);
      void this.#follow(settings);
    });
  }

  static async start(options: AppServicesOptions): Promise<AppServices> {
    const localKey = await resolveLocalKey(options.keychain, options.logger);
    const services = new AppServices(options, localKey);
    await services.#follow(await options.settings.resolve());
    return services;
  }

  /** The current project's services; `not_configured` when no project is set. */
  connected(): ConnectedServices {
    if (!this.#connected) {
      throw new AppError('not_configured', 'project_not_set');
    }
    return this.#connected;
  }

  /** The current project's live sync, if a project is connected (focus and resume go there). */
  liveSync(): ConnectedServices['liveSync'] | null {
    return this.#connected?.liveSync ?? null;
  }

  /**
   * A deep link the OS handed to the app (`open-url`, a launch's argv): the composition root and
   * the end-to-end harness both call this. Only `aterges://auth/callback` is acted on, by the
   * current project's session; the link is never logged nor sent to the page, and a refused one
   * becomes a notice with a reason code.
   */
  async openDeepLink(url: unknown): Promise<void> {
    const log = this.#options.logger.child('deep-link');
    const parsed = parseAuthCallbackUrl(url);
    await this.settled();
    const connected = this.#connected;
    if (!connected) {
      log.warn('A deep link arrived with no project set; ignored');
      return;
    }
    if (!parsed.ok) {
      log.warn('Refused a deep link', { refusal: parsed.refusal });
      connected.session.refuseAuthLink(
        parsed.refusal === 'session_in_link' ? 'link_not_supported' : 'link_refused',
      );
      return;
    }
    // A callback of the OAuth sign-in in progress (or of one just ended) is OAuth's; any other
    // is an e-mail link.
    if (await connected.oauth.receiveDeepLink(parsed.callback)) return;
    await connected.session.completeAuthCallback(parsed.callback);
  }

  /** Whether main refuses the page's calls now (ipc/lock-gate.ts); no project, nothing locked. */
  isLocked(): boolean {
    return this.#connected?.lock.isLocked() ?? false;
  }

  lockState(): LockState {
    return this.#connected?.lock.state() ?? { locked: false, triesLeft: MAX_UNLOCK_TRIES };
  }

  /** The menu's "Bloquear" (CmdOrCtrl+L): locks now, when someone is signed in. */
  async lockNow(): Promise<void> {
    await this.settled();
    await this.#connected?.lock.lock('manual');
  }

  /** The system's lock screen or sleep (powerMonitor): locks, unless locking is off. */
  async onSystemLock(event: 'lock-screen' | 'suspend'): Promise<void> {
    await this.settled();
    await this.#connected?.lock.onSystemEvent(event);
  }

  /** Waits for a project switch in progress (tests and shutdown). */
  async settled(): Promise<void> {
    await this.#switching;
  }

  async stop(): Promise<void> {
    this.#unsubscribe();
    await this.#switching;
    await this.#connected?.dispose();
    this.#connected = null;
  }

  /** Notifications in the user's language, unless switched off in Settings. */
  #notifications(show: (notice: FailureNotice) => void) {
    const preferences = async () => (await this.settings.resolve()).preferences;
    return {
      show,
      enabled: async () => (await preferences()).notifyFailures !== false,
      words: async () =>
        nativeWords[
          nativeLanguage((await preferences()).language, this.#options.locale?.() ?? 'en')
        ],
    };
  }

  #follow(settings: ResolvedSettings): Promise<void> {
    this.#switching = this.#switching.then(async () => {
      const url = settings.connection?.supabaseUrl ?? null;
      const key = settings.connection?.supabaseAnonKey ?? null;
      const target = url && key ? `${url}\n${key}` : null;
      if (target === this.#connectedUrl) return;
      await this.#connected?.dispose();
      this.#connected = null;
      this.#connectedUrl = null;
      if (!settings.connection) return;
      try {
        this.#connected = await connectServices({
          connection: settings.connection,
          dataDir: this.#options.dataDir,
          localKey: this.#localKey,
          logger: this.#options.logger,
          runner: this.#options.runner,
          emit: this.#options.emit,
          openExternal: this.#options.openExternal,
          ...(this.#options.chooseExportFile
            ? { chooseExportFile: this.#options.chooseExportFile }
            : {}),
          ...(this.#options.oauthRedirect ? { oauthRedirect: this.#options.oauthRedirect } : {}),
          lock: {
            idleSeconds: this.#options.idle?.seconds ?? (() => 0),
            minutes: async () => autoLockMinutesOf((await this.settings.resolve()).preferences),
            ...(this.#options.idle?.clock ? { clock: this.#options.idle.clock } : {}),
            ...(this.#options.idle?.pollMs ? { pollMs: this.#options.idle.pollMs } : {}),
          },
          ...(this.#options.network ? { network: this.#options.network } : {}),
          ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
          ...(this.#options.showNotification
            ? { notifications: this.#notifications(this.#options.showNotification) }
            : {}),
        });
        this.#connectedUrl = target;
        this.#options.emit('session:changed', this.#connected.session.getState());
      } catch (error) {
        this.#options.logger.error('Could not start the project services', { error });
      }
    });
    return this.#switching;
  }
}
