import { existsSync } from 'node:fs';
import { updaterLogger, redactUpdateLog, type UpdateLogger } from './update-log.ts';

/** The part of electron-updater's `AppUpdater` this module uses; tests pass their own. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: ReturnType<typeof updaterLogger> | null;
  /** With `autoDownload`, the result carries the download, which rejects when the download fails. */
  checkForUpdates(): Promise<{ downloadPromise?: Promise<unknown> | null } | null>;
  quitAndInstall(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(
    event: 'update-available' | 'update-not-available' | 'update-downloaded',
    listener: (info: { version: string }) => void,
  ): unknown;
}

export interface AutoUpdateOptions {
  /** `app.isPackaged`: dev runs and tests never look for updates. */
  isPackaged: boolean;
  /** `join(process.resourcesPath, 'app-update.yml')`, written by electron-builder for builds that publish. */
  updateConfigPath: string;
  /** Loaded only when updates are on, so dev and tests never touch electron-updater. */
  loadUpdater: () => Promise<Updater>;
  /** `process.env`: ATERGES_DISABLE_AUTO_UPDATE=1 turns updates off (managed installs). */
  env?: Record<string, string | undefined>;
  fileExists?: (path: string) => boolean;
  logger?: UpdateLogger;
  /** Wait after start before the first check, so it does not slow the window down. */
  firstCheckDelayMs?: number;
  intervalMs?: number;
  /** An update was downloaded and installs on quit; the UI may offer "Restart now". */
  onUpdateDownloaded?: (version: string) => void;
}

export const DEFAULT_FIRST_CHECK_DELAY_MS = 10_000;
export const DEFAULT_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

/** Why updates are off for this run, or null when they are on. */
export function autoUpdateDisabledReason(
  options: Pick<AutoUpdateOptions, 'isPackaged' | 'updateConfigPath' | 'env' | 'fileExists'>,
): string | null {
  if (!options.isPackaged) return 'not a packaged app';
  if (options.env?.ATERGES_DISABLE_AUTO_UPDATE === '1') return 'ATERGES_DISABLE_AUTO_UPDATE=1';
  // The test build and local `--dir` builds publish nowhere, so electron-builder writes no
  // app-update.yml: without it electron-updater would only fail on every check.
  if (!(options.fileExists ?? existsSync)(options.updateConfigPath))
    return 'no app-update.yml in this build';
  return null;
}

/**
 * Checks GitHub releases for a newer version shortly after start and then periodically, downloads
 * it in the background and installs it when the app quits (electron-updater verifies the download
 * against the release's sha512 and, on macOS and Windows, the code signature).
 */
export class AutoUpdateService {
  readonly #options: AutoUpdateOptions;
  readonly #logger: UpdateLogger;
  #updater: Updater | null = null;
  #timers: ReturnType<typeof setTimeout>[] = [];
  #checking: Promise<void> | null = null;
  #downloadedVersion: string | null = null;

  constructor(options: AutoUpdateOptions) {
    this.#options = options;
    this.#logger = options.logger ?? console;
  }

  /** Starts the schedule; resolves false (and logs why) when updates are off for this run. */
  async start(): Promise<boolean> {
    const reason = autoUpdateDisabledReason(this.#options);
    if (reason) {
      this.#logger.info(`auto-update: off (${reason})`);
      return false;
    }
    let updater: Updater;
    try {
      updater = await this.#options.loadUpdater();
    } catch (error) {
      this.#logger.error(
        `auto-update: off (could not load the updater: ${redactUpdateLog(error)})`,
      );
      return false;
    }
    updater.logger = updaterLogger(this.#logger);
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.on('error', (error) => this.#logger.warn(`auto-update: ${redactUpdateLog(error)}`));
    updater.on('update-available', (info) =>
      this.#logger.info(`auto-update: downloading ${info.version}`),
    );
    updater.on('update-not-available', () => this.#logger.info('auto-update: up to date'));
    updater.on('update-downloaded', (info) => {
      this.#downloadedVersion = info.version;
      this.#logger.info(`auto-update: ${info.version} is ready and installs on quit`);
      this.#options.onUpdateDownloaded?.(info.version);
    });
    this.#updater = updater;

    const first = setTimeout(
      () => void this.checkNow(),
      this.#options.firstCheckDelayMs ?? DEFAULT_FIRST_CHECK_DELAY_MS,
    );
    const every = setInterval(
      () => void this.checkNow(),
      this.#options.intervalMs ?? DEFAULT_CHECK_INTERVAL_MS,
    );
    this.#timers = [first, every];
    for (const timer of this.#timers) timer.unref?.();
    return true;
  }

  /** One check now; overlapping calls share the check in flight. Never throws: failures are logged. */
  checkNow(): Promise<void> {
    const updater = this.#updater;
    if (!updater) return Promise.resolve();
    this.#checking ??= updater
      .checkForUpdates()
      .then(
        (result) => {
          // A failed download also arrives as an 'error' event, which is logged; without this
          // catch it would ALSO be an unhandled rejection in the main process.
          result?.downloadPromise?.catch(() => undefined);
        },
        (error: unknown) => {
          this.#logger.warn(`auto-update: check failed: ${redactUpdateLog(error)}`);
        },
      )
      .finally(() => {
        this.#checking = null;
      });
    return this.#checking;
  }

  /** The version downloaded and waiting to install, if any. */
  get downloadedVersion(): string | null {
    return this.#downloadedVersion;
  }

  /** Quits and installs a downloaded update; false when there is none. */
  quitAndInstall(): boolean {
    if (!this.#updater || this.#downloadedVersion === null) return false;
    this.#updater.quitAndInstall();
    return true;
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
  }
}
