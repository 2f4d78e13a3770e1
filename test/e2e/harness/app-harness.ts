import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectDataDir } from '../../../electron/main/app/project-data-dir.ts';
import type { Logger } from '../../../electron/main/logging/logger.ts';
import type { OAuthRedirectMode } from '../../../electron/main/oauth/oauth-sign-in.ts';
import { createLogger } from '../../../electron/main/logging/logger.ts';
import { memorySink } from '../../../electron/main/logging/sinks.ts';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from '../../../electron/main/session/keychain.ts';
import { SESSION_FILE_NAME, SESSION_PURPOSE } from '../../../electron/main/session/session-core.ts';
import type { FailureNotice } from '../../../electron/main/sync/failure-notifier.ts';
import type { TestKeychain } from '../../support/core-harness.ts';
import { testKeychain, unsealedText } from '../../support/core-harness.ts';
import { BridgeRecorder, deliverTo, linkPage } from './bridge-recorder.ts';
import { Canaries } from './canaries.ts';
import { FakeIdle } from '../../support/fake-idle.ts';
import type { E2eEnvironment } from './e2e-environment.ts';
import type { MainProcess } from './main-process.ts';
import { startMainProcess } from './main-process.ts';
import { ProviderAccounts } from './provider-accounts.ts';

export interface UserCredentials {
  email: string;
  password: string;
}

/**
 * One app: a page running the built renderer, linked to a main process started in the test process
 * with its own data folder and keychain namespace (the same two again make a restart). It holds
 * the scenario's canaries and searches the page, the bridge traffic, the console and main's log.
 */
export class AppHarness {
  readonly page: Page;
  readonly env: E2eEnvironment;
  readonly canaries = new Canaries();
  readonly accounts: ProviderAccounts;
  readonly recorder = new BridgeRecorder();
  readonly logs = memorySink();
  readonly dataDir = mkdtempSync(join(tmpdir(), 'aterges-e2e-'));
  /** Every native notification main showed. */
  readonly notices: FailureNotice[] = [];
  /** Every URL main asked the system browser to open (an OAuth sign-in's authorize URL). */
  readonly externalUrls: string[] = [];
  /** The system's idle time as auto-lock reads it: `await app.idle.pass(seconds)`. */
  readonly idle = new FakeIdle();
  readonly #keychain: TestKeychain;
  readonly #logger: Logger;
  #main: Promise<MainProcess>;
  /** How OAuth comes back: the loopback server (an unpackaged build) unless a restart says so. */
  #oauthRedirect: OAuthRedirectMode = 'loopback';

  private constructor(page: Page, env: E2eEnvironment, keychain: TestKeychain) {
    this.page = page;
    this.env = env;
    this.#keychain = keychain;
    this.#logger = createLogger({ level: 'debug', sinks: [this.logs.sink] });
    this.accounts = new ProviderAccounts(env.standIns, this.canaries);
    this.#main = this.#startMain();
  }

  static async launch(page: Page, env: E2eEnvironment): Promise<AppHarness> {
    const app = new AppHarness(page, env, await testKeychain());
    await linkPage(page, {
      bridgeScript: env.bridgeScript,
      dispatch: async () => (await app.#main).dispatch,
      recorder: app.recorder,
    });
    await app.#main;
    return app;
  }

  /** The files activity exports were saved to (the save dialog's answers), in order. */
  readonly exportedFiles: string[] = [];

  /** The running main process (for a scenario that changes things "elsewhere"). */
  main(): Promise<MainProcess> {
    return this.#main;
  }

  /**
   * Hands a deep link to main exactly as the OS does in the app: `open-url` / a launch's argv go
   * to `AppServices.openDeepLink` (electron/main/index.ts), the same call made here.
   */
  async openDeepLink(url: string): Promise<void> {
    await (await this.#main).services.openDeepLink(url);
  }

  /** Loads the app window. */
  async open(): Promise<void> {
    await this.page.goto(`${this.env.origin}/index.html`);
  }

  /** A new account's e-mail and password; the password is a canary. */
  newUser(email = `e2e-${Date.now()}-${randomBytes(3).toString('hex')}@example.com`) {
    const user: UserCredentials = {
      email,
      // Meets supabase/config.toml's policy (12+ characters, lower, upper, digits).
      password: `Pw1-${randomBytes(12).toString('base64url')}`,
    };
    this.canaries.add('account password', user.password);
    return user;
  }

  /**
   * Quits and starts the app again on the same data folder and keychain; with `serverReachable:
   * false` the local Supabase's port is closed first (a start without connection).
   */
  async restart(
    options: { serverReachable?: boolean; oauthRedirect?: OAuthRedirectMode } = {},
  ): Promise<void> {
    if (options.oauthRedirect) this.#oauthRedirect = options.oauthRedirect;
    await this.#rememberSessionSecrets();
    await this.page.goto('about:blank');
    await (await this.#main).stop();
    await this.env.stack.faults.setUnreachable(options.serverReachable === false);
    this.#main = this.#startMain();
    await this.#main;
    await this.open();
  }

  /**
   * Brings the server back at a moment when no background reconnect is due for a while, so what
   * reconnects next is the user's own "Retry now" and not the backoff timer.
   */
  async serverBack(quietForMs = 2_000): Promise<void> {
    const offline = (await this.#main).services.connected().offline;
    const next = offline.nextRetryAt;
    if (next !== null && next - Date.now() < quietForMs) {
      await new Promise((resolve) => setTimeout(resolve, next - Date.now() + 500));
      await offline.whenSettled();
    }
    await this.env.stack.faults.setUnreachable(false);
  }

  /** Where each canary was found: `place: canary label`; empty when nothing leaked. */
  async canaryLeaks(): Promise<string[]> {
    await this.#rememberSessionSecrets();
    const places: Record<string, string> = {
      ...this.recorder.texts(),
      'main log': this.logs.text(),
    };
    for (const file of this.exportedFiles) {
      if (existsSync(file)) places[`exported ${basename(file)}`] = readFileSync(file, 'utf8');
    }
    if (!this.page.isClosed()) {
      places.DOM = await this.page.content();
      places['input values'] = await this.page.evaluate(() => {
        const doc = (globalThis as unknown as { document: FieldDocument }).document;
        return Array.from(doc.querySelectorAll('input,textarea'), (field) => field.value).join(
          '\n',
        );
      });
    }
    return Object.entries(places).flatMap(([place, text]) =>
      this.canaries.foundIn(text).map((label) => `${place}: ${label}`),
    );
  }

  async dispose(): Promise<void> {
    await (await this.#main).stop();
    await this.env.stack.faults.restore();
    await this.#keychain.deletePassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT).catch(() => false);
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  #startMain(): Promise<MainProcess> {
    return startMainProcess({
      env: this.env,
      dataDir: this.dataDir,
      keychain: this.#keychain,
      logger: this.#logger,
      deliver: deliverTo(this.page, this.recorder),
      showNotification: (notice) => this.notices.push(notice),
      oauthRedirect: this.#oauthRedirect,
      idle: this.idle.appIdle(),
      // The person saves every export under the suggested name, in the data folder's exports/.
      chooseExportFile: (name) => {
        const path = join(this.dataDir, 'exports', name);
        mkdirSync(dirname(path), { recursive: true });
        this.exportedFiles.push(path);
        return Promise.resolve(path);
      },
      openExternal: (url) => {
        this.externalUrls.push(url);
        return Promise.resolve();
      },
    });
  }

  /** The keychain key and the Supabase tokens main holds are secrets the page must never see. */
  async #rememberSessionSecrets(): Promise<void> {
    const key = await this.#keychain.getPassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
    if (key) this.canaries.add('keychain session key', key);
    const sessionFile = join(projectDataDir(this.dataDir, this.env.stack.url), SESSION_FILE_NAME);
    const session = await unsealedText(this.#keychain, sessionFile, SESSION_PURPOSE);
    for (const match of session?.matchAll(/(access|refresh)_token\\*"\s*:\s*\\*"([^"\\]+)/g) ??
      []) {
      this.canaries.add(`Supabase ${match[1]} token`, match[2]!);
    }
  }
}

interface FieldDocument {
  querySelectorAll(selector: string): ArrayLike<{ value: string }>;
}
