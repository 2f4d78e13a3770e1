import type {
  ConnectionSettings,
  ResolvedSettings,
  UiPreferences,
} from '../../../shared/app-settings.ts';
import { DEFAULT_UI_PREFERENCES, connectionSettingsSchema } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import type { IpcEventName } from '../../../shared/ipc/contract.ts';

/*
 * DEVELOPMENT ONLY: the mock main process's settings, behaving like SettingsStore (same schema,
 * same precedence, same `invalid_input` with the field name) so the Settings screen can be tried
 * without Electron. `?mock=not-configured` starts with no project at all.
 */

const LOCAL_DEV: ConnectionSettings = {
  supabaseUrl: 'http://127.0.0.1:54321',
  supabaseAnonKey: 'sb_publishable_mockmockmock',
};

export interface MockSettings {
  resolve(): ResolvedSettings;
  setConnection(input: { supabaseUrl: string; supabaseAnonKey: string }): ResolvedSettings;
  clearConnection(): ResolvedSettings;
  setPreferences(input: Partial<UiPreferences>): ResolvedSettings;
}

export function createMockSettings(
  scenario: string,
  emit: (event: IpcEventName, payload: unknown) => void,
  /** Called after the project changed, as main re-creates its project services. */
  onProjectChange: (connection: ConnectionSettings | null) => void,
): MockSettings {
  const localDev = scenario === 'not-configured' ? null : LOCAL_DEV;
  let saved: ConnectionSettings | null = null;
  let preferences: UiPreferences = { ...DEFAULT_UI_PREFERENCES };

  const resolve = (): ResolvedSettings => {
    if (saved) return { connection: saved, source: 'settings', preferences };
    if (localDev) return { connection: localDev, source: 'local-dev', preferences };
    return { connection: null, source: 'none', preferences };
  };
  const change = (apply: () => void): ResolvedSettings => {
    const before = resolve().connection;
    apply();
    const after = resolve();
    emit('settings:changed', after);
    if (JSON.stringify(before) !== JSON.stringify(after.connection)) {
      onProjectChange(after.connection);
    }
    return after;
  };

  return {
    resolve,
    setConnection(input) {
      const parsed = connectionSettingsSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('invalid_input', issue?.message ?? 'Check the connection settings.', {
          field: issue?.path.map(String).join('.') || 'connection',
        });
      }
      return change(() => (saved = parsed.data));
    },
    clearConnection: () => change(() => (saved = null)),
    setPreferences: (input) => change(() => (preferences = { ...preferences, ...input })),
  };
}
