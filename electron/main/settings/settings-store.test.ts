import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_UI_PREFERENCES } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import { localDevConnection } from './connection-sources.ts';
import { SETTINGS_FILE_NAME, SettingsStore, type SettingsLogger } from './settings-store.ts';

function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

const USER = {
  supabaseUrl: 'https://userprojectref01.supabase.co',
  supabaseAnonKey: jwt({ role: 'anon', ref: 'userprojectref01' }),
};
const BUILD = {
  supabaseUrl: 'https://buildprojectref1.supabase.co',
  supabaseAnonKey: 'sb_publishable_buildKey_0123456789',
};
const LOCAL = {
  supabaseUrl: 'http://127.0.0.1:54321',
  supabaseAnonKey: jwt({ iss: 'supabase-demo', role: 'anon' }),
};
// Canaries: keys that must be refused and must never show up in an error, a log line or the file.
const SERVICE_CANARY = 'svc-canary-7d2e4f';
const SERVICE_ROLE = jwt({ role: 'service_role', ref: 'userprojectref01', note: SERVICE_CANARY });
const SECRET_KEY = 'sb_secret_CANARYc41b9e07aa35d2';

let directory: string;
let logged: string[];
const logger: SettingsLogger = {
  info: (message) => logged.push(`info ${message}`),
  warn: (message) => logged.push(`warn ${message}`),
};
const file = (): string => join(directory, SETTINGS_FILE_NAME);
const store = (
  options: Partial<ConstructorParameters<typeof SettingsStore>[0]> = {},
): SettingsStore => new SettingsStore({ directory, logger, ...options });

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'aterges-settings-'));
  logged = [];
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('resolve: precedence user settings > build > local dev > none', () => {
  it('reports source "none" with default preferences when nothing is configured', async () => {
    await expect(store().resolve()).resolves.toEqual({
      connection: null,
      source: 'none',
      preferences: DEFAULT_UI_PREFERENCES,
    });
  });

  it('uses the build-time connection, then the user settings once saved', async () => {
    const settings = store({ buildConnection: BUILD, localDevConnection: LOCAL });
    await expect(settings.resolve()).resolves.toMatchObject({ source: 'build', connection: BUILD });
    await expect(settings.setConnection(USER)).resolves.toMatchObject({
      source: 'settings',
      connection: USER,
    });
    await expect(settings.clearConnection()).resolves.toMatchObject({
      source: 'build',
      connection: BUILD,
    });
  });

  it('falls back to the local development stack only when nothing else is set', async () => {
    await expect(store({ localDevConnection: LOCAL }).resolve()).resolves.toMatchObject({
      source: 'local-dev',
      connection: LOCAL,
    });
  });

  it('takes the local stack from the environment only in an unpackaged app', () => {
    const env = {
      ATERGES_LOCAL_SUPABASE_URL: LOCAL.supabaseUrl,
      ATERGES_LOCAL_SUPABASE_ANON_KEY: LOCAL.supabaseAnonKey,
    };
    expect(localDevConnection(env, false)).toEqual(LOCAL);
    expect(localDevConnection(env, true)).toBeNull();
    expect(localDevConnection({}, false)).toBeNull();
  });

  it('ignores a build-time service_role key, says so, and never logs the key', async () => {
    const settings = store({
      buildConnection: { supabaseUrl: BUILD.supabaseUrl, supabaseAnonKey: SERVICE_ROLE },
    });
    await expect(settings.resolve()).resolves.toMatchObject({ source: 'none', connection: null });
    expect(logged.join('\n')).toMatch(
      /ignoring the build-time connection: This is the service_role key/,
    );
    expect(logged.join('\n')).not.toContain(SERVICE_CANARY);
    expect(logged.join('\n')).not.toContain(SERVICE_ROLE);
  });
});

describe('saving', () => {
  it('persists the connection and preferences for the next start, in a versioned file', async () => {
    await store().setConnection({
      supabaseUrl: `${USER.supabaseUrl}/`,
      supabaseAnonKey: USER.supabaseAnonKey,
    });
    await store().setPreferences({ theme: 'dark' });
    const reopened = await store().resolve();
    expect(reopened).toEqual({
      connection: USER,
      source: 'settings',
      preferences: { language: 'system', theme: 'dark', notifyFailures: true },
    });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({
      version: 1,
      connection: USER,
      preferences: { language: 'system', theme: 'dark', notifyFailures: true },
      projectSavedBefore: true,
    });
    if (process.platform !== 'win32') expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('refuses a service_role key with a clear message, and writes nothing', async () => {
    const settings = store();
    const error: unknown = await settings
      .setConnection({ supabaseUrl: USER.supabaseUrl, supabaseAnonKey: SERVICE_ROLE })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'supabaseAnonKey' });
    expect((error as AppError).reason).toBe('project_key_service_role');
    expect(JSON.stringify((error as AppError).toPayload())).not.toContain(SERVICE_CANARY);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('refuses an sb_secret_ key and a plain-http remote URL', async () => {
    await expect(
      store().setConnection({ supabaseUrl: USER.supabaseUrl, supabaseAnonKey: SECRET_KEY }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'supabaseAnonKey',
    });
    await expect(
      store().setConnection({
        supabaseUrl: 'http://userprojectref01.supabase.co',
        supabaseAnonKey: USER.supabaseAnonKey,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'supabaseUrl' });
    await expect(store().setConnection('nope')).rejects.toMatchObject({ field: 'connection' });
    expect(readdirSync(directory)).toEqual([]);
  });

  it('refuses unknown preference values and names', async () => {
    await expect(store().setPreferences({ language: 'fr' })).rejects.toMatchObject({
      field: 'language',
    });
    await expect(store().setPreferences({ fontSize: 20 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('serialises concurrent saves so the last one wins and no temporary file is left', async () => {
    const settings = store();
    await Promise.all([
      settings.setPreferences({ theme: 'light' }),
      settings.setPreferences({ language: 'es' }),
      settings.setConnection(USER),
      settings.setPreferences({ theme: 'dark' }),
    ]);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({
      connection: USER,
      preferences: { language: 'es', theme: 'dark' },
    });
    expect(readdirSync(directory)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('leaves no temporary file behind when the final rename fails', async () => {
    // A non-empty directory where the file should be: the rename over it fails.
    mkdirSync(join(file(), 'blocker'), { recursive: true });
    await expect(store().setPreferences({ theme: 'dark' })).rejects.toThrow();
    expect(readdirSync(directory)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('tells listeners about each saved change', async () => {
    const settings = store({ buildConnection: BUILD });
    const seen: string[] = [];
    const stop = settings.onChange((resolved) => seen.push(resolved.source));
    await settings.setConnection(USER);
    await settings.clearConnection();
    stop();
    await settings.setConnection(USER);
    expect(seen).toEqual(['settings', 'build']);
  });
});

describe('the first setup, the one project change main does not ask about', () => {
  it('is only an app with no project from anywhere and none ever saved', async () => {
    await expect(store().isFirstSetup()).resolves.toBe(true);
    await expect(store({ buildConnection: BUILD }).isFirstSetup()).resolves.toBe(false);
    await expect(store({ localDevConnection: LOCAL }).isFirstSetup()).resolves.toBe(false);
    await store().setPreferences({ theme: 'dark' });
    await expect(store().isFirstSetup()).resolves.toBe(true);
  });

  it('is over once a project was saved, even after it is forgotten (also after a restart)', async () => {
    const settings = store();
    await settings.setConnection(USER);
    await settings.clearConnection();
    await expect(settings.isFirstSetup()).resolves.toBe(false);
    await expect(store().isFirstSetup()).resolves.toBe(false);
  });

  it('is not assumed from a settings file that cannot be read', async () => {
    writeFileSync(file(), '{not json');
    await expect(store().isFirstSetup()).resolves.toBe(false);
  });

  it('names the connection that applies once the saved one is forgotten', () => {
    expect(
      store({ buildConnection: BUILD, localDevConnection: LOCAL }).fallbackConnection(),
    ).toEqual(BUILD);
    expect(store({ localDevConnection: LOCAL }).fallbackConnection()).toEqual(LOCAL);
    expect(store().fallbackConnection()).toBeNull();
  });

  it('drops a stored URL whose text reads as another host, and still counts it as saved', async () => {
    const smuggled = `${USER.supabaseUrl}${'\n'.repeat(30)}.attacker.example`;
    writeFileSync(
      file(),
      JSON.stringify({
        version: 1,
        connection: { supabaseUrl: smuggled, supabaseAnonKey: USER.supabaseAnonKey },
        preferences: DEFAULT_UI_PREFERENCES,
      }),
    );
    const settings = store();
    await expect(settings.resolve()).resolves.toMatchObject({ source: 'none', connection: null });
    await expect(settings.isFirstSetup()).resolves.toBe(false);
    expect(logged.join('\n')).toMatch(/warn settings: connection ignored/);
  });
});

describe('a damaged settings file means defaults, never a crash', () => {
  it.each([
    ['garbage', '{not json'],
    ['an empty file', ''],
    ['a JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['the wrong shape', '{"version":1,"connection":42,"preferences":"dark"}'],
  ])('%s', async (_name, text) => {
    writeFileSync(file(), text);
    const settings = store({ buildConnection: BUILD });
    await expect(settings.resolve()).resolves.toEqual({
      connection: BUILD,
      source: 'build',
      preferences: DEFAULT_UI_PREFERENCES,
    });
    expect(logged.some((line) => line.startsWith('warn settings:'))).toBe(true);
    // The next save replaces the damaged file with a good one.
    await settings.setPreferences({ language: 'en' });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({
      version: 1,
      preferences: { language: 'en' },
    });
  });

  it('keeps the valid parts: a hand-edited service_role key is dropped, preferences stay', async () => {
    writeFileSync(
      file(),
      JSON.stringify({
        version: 1,
        connection: { supabaseUrl: USER.supabaseUrl, supabaseAnonKey: SERVICE_ROLE },
        preferences: { language: 'es', theme: 'purple' },
      }),
    );
    await expect(store().resolve()).resolves.toEqual({
      connection: null,
      source: 'none',
      preferences: { language: 'es', theme: 'system', notifyFailures: true },
    });
    expect(logged.join('\n')).toMatch(/connection ignored: This is the service_role key/);
    expect(logged.join('\n')).toMatch(/preference "theme" ignored/);
    expect(logged.join('\n')).not.toContain(SERVICE_CANARY);
  });

  it('an unreadable settings path (a directory) still starts with defaults', async () => {
    mkdirSync(file());
    await expect(store().resolve()).resolves.toMatchObject({ source: 'none' });
    expect(logged.join('\n')).toMatch(/settings: not a regular file \(directory\)/);
  });
});
