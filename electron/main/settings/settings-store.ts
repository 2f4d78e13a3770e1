import { join } from 'node:path';
import {
  englishIssue,
  connectionSettingsSchema,
  uiPreferencesSchema,
  type ConnectionSettings,
  type ResolvedSettings,
  type SettingsSource,
} from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  readSettingsFile,
  serializeSettings,
  writeFileAtomically,
  type SettingsFileContents,
} from './settings-file.ts';

/** A connection as it arrives from outside (build, environment), not yet validated. */
export interface RawConnection {
  supabaseUrl: string;
  supabaseAnonKey: string;
}

export interface SettingsLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface SettingsStoreOptions {
  /** Where the settings file lives: `app.getPath('userData')` in the app, a temp dir in tests. */
  directory: string;
  /** Baked in at build time (see connection-sources.ts); validated here, ignored when invalid. */
  buildConnection?: RawConnection | null;
  /** The local stack of `npm run dev`; the caller passes null in a packaged app. */
  localDevConnection?: RawConnection | null;
  logger?: SettingsLogger;
}

export const SETTINGS_FILE_NAME = 'app-settings.json';

/**
 * The app's non-secret settings: the Supabase connection the user chose and the UI preferences,
 * kept in one JSON file in the app's data folder. `resolve()` applies the precedence
 * user settings > build-time values > local development stack > none.
 */
export class SettingsStore {
  readonly filePath: string;
  readonly #build: ConnectionSettings | null;
  readonly #localDev: ConnectionSettings | null;
  readonly #logger: SettingsLogger;
  readonly #listeners = new Set<(settings: ResolvedSettings) => void>();
  #contents: Promise<SettingsFileContents> | null = null;
  // Saves run one after another, so two quick changes cannot interleave their writes.
  #writes: Promise<unknown> = Promise.resolve();

  constructor(options: SettingsStoreOptions) {
    this.filePath = join(options.directory, SETTINGS_FILE_NAME);
    this.#logger = options.logger ?? console;
    this.#build = this.#validated('build-time', options.buildConnection);
    this.#localDev = this.#validated('local development', options.localDevConnection);
  }

  /** The settings in force. Reads the file once; later calls use what was read or saved. */
  async resolve(): Promise<ResolvedSettings> {
    return this.#resolveFrom(await this.#load());
  }

  /** Validates and saves the user's connection; an invalid one is refused with `invalid_input`. */
  async setConnection(input: unknown): Promise<ResolvedSettings> {
    const parsed = connectionSettingsSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('invalid_input', issue?.message ?? 'value_invalid', {
        field: issue?.path.map(String).join('.') || 'connection',
      });
    }
    const resolved = await this.#update((contents) => ({
      ...contents,
      connection: parsed.data,
      projectSavedBefore: true,
    }));
    this.#logger.info(`settings: connection saved (${new URL(parsed.data.supabaseUrl).host})`);
    return resolved;
  }

  /** Forgets the user's connection: the build-time one (if any) applies again. */
  async clearConnection(): Promise<ResolvedSettings> {
    return this.#update((contents) => ({ ...contents, connection: null }));
  }

  /**
   * True only for the very first setup: no project from the build, the development stack or the
   * user, and none ever saved here. The one project change that needs no confirmation from main.
   */
  async isFirstSetup(): Promise<boolean> {
    const contents = await this.#load();
    return this.#resolveFrom(contents).source === 'none' && !contents.projectSavedBefore;
  }

  /** The connection that applies once the user's own is forgotten (build, then development). */
  fallbackConnection(): ConnectionSettings | null {
    return this.#build ?? this.#localDev;
  }

  /** Changes one or both UI preferences. */
  async setPreferences(input: unknown): Promise<ResolvedSettings> {
    const parsed = uiPreferencesSchema.partial().strict().safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('invalid_input', issue?.message ?? 'value_invalid', {
        field: issue?.path.map(String).join('.') || 'preferences',
      });
    }
    return this.#update((contents) => ({
      ...contents,
      preferences: { ...contents.preferences, ...parsed.data },
    }));
  }

  /** Called after every saved change, e.g. to reconnect to another project. */
  onChange(listener: (settings: ResolvedSettings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #load(): Promise<SettingsFileContents> {
    this.#contents ??= readSettingsFile(this.filePath).then(({ contents, problems }) => {
      // A damaged file means defaults, never a crash; the next save replaces it.
      if (problems.length > 0) this.#logger.warn(`settings: ${problems.join('; ')}`);
      return contents;
    });
    return this.#contents;
  }

  #update(
    change: (contents: SettingsFileContents) => SettingsFileContents,
  ): Promise<ResolvedSettings> {
    const write = this.#writes.then(async () => {
      const next = change(await this.#load());
      await writeFileAtomically(this.filePath, serializeSettings(next));
      this.#contents = Promise.resolve(next);
      return this.#resolveFrom(next);
    });
    this.#writes = write.catch(() => undefined);
    return write.then((resolved) => {
      for (const listener of this.#listeners) {
        try {
          listener(resolved);
        } catch (error) {
          this.#logger.warn(`settings: a change listener failed: ${String(error)}`);
        }
      }
      return resolved;
    });
  }

  #resolveFrom(contents: SettingsFileContents): ResolvedSettings {
    const candidates: [SettingsSource, ConnectionSettings | null][] = [
      ['settings', contents.connection],
      ['build', this.#build],
      ['local-dev', this.#localDev],
    ];
    const [source, connection] = candidates.find(([, value]) => value !== null) ?? ['none', null];
    return { connection, source, preferences: contents.preferences };
  }

  #validated(label: string, raw: RawConnection | null | undefined): ConnectionSettings | null {
    if (!raw) return null;
    const parsed = connectionSettingsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // The messages name the problem, never the value: a refused key may be a service_role key.
    this.#logger.warn(
      `settings: ignoring the ${label} connection: ${parsed.error.issues.map(englishIssue).join(' ')}`,
    );
    return null;
  }
}
