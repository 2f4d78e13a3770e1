// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import type { FakeHandlers } from '../test-support/fake-main.ts';
import {
  TEST_PROJECT,
  fakeJwt,
  listOf,
  settingsHandlers,
  settingsOf,
  signedIn,
  signedOut,
} from '../test-support/fake-main.ts';
import { renderApp, rendererState } from '../test-support/render-app.tsx';
import { PROJECT_SWITCH_GRACE_MS } from './use-settings.ts';

afterEach(cleanup);

const NEW_URL = 'https://qrstuvwxyzabcdefghij.supabase.co';
const NEW_KEY = fakeJwt({ iss: 'supabase', ref: 'qrstuvwxyzabcdefghij', role: 'anon' });

type App = ReturnType<typeof renderApp>;

/** Signed in, on the Settings screen, with main's settings as given. */
async function openSettings(settings: ResolvedSettings, handlers: FakeHandlers = {}) {
  const app = renderApp({
    ...settingsHandlers(settings),
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf([]),
    ...handlers,
  });
  await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  await screen.findByTestId('project-source');
  return app;
}

async function fillConnection(app: App, url: string, key: string, submit = true) {
  const urlInput = screen.getByLabelText<HTMLInputElement>('Project URL');
  await app.user.clear(urlInput);
  await app.user.click(urlInput);
  await app.user.paste(url);
  const keyInput = screen.getByLabelText<HTMLInputElement>('Anon key');
  await app.user.clear(keyInput);
  await app.user.click(keyInput);
  if (key) await app.user.paste(key);
  if (submit) await app.user.click(screen.getByRole('button', { name: 'Save connection' }));
}

/** The error shown under a field, found the way a screen reader finds it. */
function fieldError(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.role === 'alert');
  return error?.textContent ?? '';
}

/** Everything the page says about problems: alerts and field errors. */
function errorTexts(): string {
  return [...document.querySelectorAll('[role="alert"], .field-error')]
    .map((element) => element.textContent)
    .join('\n');
}

describe('the Settings screen', () => {
  it('shows the project in use and where it came from', async () => {
    await openSettings(settingsOf({ source: 'build' }));
    expect(screen.getByTestId('project-url').textContent).toBe(TEST_PROJECT.supabaseUrl);
    expect(screen.getByTestId('project-source').textContent).toBe('Built into this app');
    expect(screen.getByText('Publishable key')).toBeTruthy();
    // Only a project saved in the app can be forgotten.
    expect(screen.queryByRole('button', { name: 'Forget this project' })).toBeNull();
  });

  it('saves a valid connection through main, then shows the new project and its source', async () => {
    const app = await openSettings(settingsOf({ source: 'build' }));
    await fillConnection(app, `  ${NEW_URL}/ `, NEW_KEY);

    await waitFor(() =>
      expect(app.main.callsTo('settings:set-connection')).toEqual([
        { supabaseUrl: NEW_URL, supabaseAnonKey: NEW_KEY },
      ]),
    );
    // The old project's screens go until main reports the new project's session.
    expect(await screen.findByText('Restoring your session…')).toBeTruthy();
    app.main.emit('session:changed', signedIn());
    await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
    expect((await screen.findByTestId('project-url')).textContent).toBe(NEW_URL);
    expect(screen.getByTestId('project-source').textContent).toBe('Your settings');
    expect(screen.getByText('Anon key (JWT)')).toBeTruthy();
    expect(screen.queryByText('Restoring your session…')).toBeNull();
  });

  it('asks main for the session again if the new project never reports one', async () => {
    const app = await openSettings(settingsOf());
    await fillConnection(app, NEW_URL, NEW_KEY, false);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Save connection' }));
      await vi.waitFor(() => expect(app.main.callsTo('settings:set-connection')).toHaveLength(1));
      const asked = app.main.callsTo('session:get-state').length;
      await vi.advanceTimersByTimeAsync(PROJECT_SWITCH_GRACE_MS - 100);
      expect(app.main.callsTo('session:get-state')).toHaveLength(asked);
      await vi.advanceTimersByTimeAsync(100);
      await vi.waitFor(() => expect(app.main.callsTo('session:get-state')).toHaveLength(asked + 1));
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByRole('heading', { name: 'Integrations' })).toBeTruthy();
  });

  it.each([
    ['service_role JWT', fakeJwt({ role: 'service_role', canary: 'CANARY-service-role-7f3a' })],
    ['sb_secret_ key', 'sb_secret_CANARYsecretKey7f3a0000000000'],
  ])('refuses a %s here, says why, never sends it and clears it', async (_, key) => {
    const app = await openSettings(settingsOf());
    await fillConnection(app, NEW_URL, key);

    await waitFor(() => expect(fieldError('Anon key')).toMatch(/bypasses Row Level Security/));
    expect(fieldError('Anon key')).toMatch(/must never be put in a desktop app/);
    expect(screen.getByText(/That key was removed from this form/)).toBeTruthy();
    expect(app.main.callsTo('settings:set-connection')).toEqual([]);
    expect(screen.getByLabelText<HTMLInputElement>('Anon key').value).toBe('');
    expect(rendererState(app.queryClient)).not.toContain(key);
    expect(rendererState(app.queryClient)).not.toContain('CANARY');
  });

  it('checks the URL the way main does: https except on this computer', async () => {
    const app = await openSettings(settingsOf());
    await fillConnection(app, 'http://example.com', NEW_KEY);
    await waitFor(() => expect(fieldError('Project URL')).toMatch(/Use an https:\/\/ URL/));
    expect(app.main.callsTo('settings:set-connection')).toEqual([]);

    await fillConnection(app, 'http://127.0.0.1:54321', '');
    await waitFor(() => expect(fieldError('Project URL')).toBe(''));
    expect(fieldError('Anon key')).toMatch(/anon \(publishable\) key/);
  });

  it('shows where a URL really leads and refuses one whose text reads as another host', async () => {
    const app = await openSettings(settingsOf());
    // A single-line field drops line breaks itself; tabs it keeps, and the URL parser drops them.
    const smuggled = `https://userproject.supabase.co${'\t'.repeat(30)}.attacker.example`;
    const urlInput = screen.getByLabelText<HTMLInputElement>('Project URL');
    await fillConnection(app, NEW_URL, NEW_KEY, false);
    expect(screen.getByText(`The app will connect to ${NEW_URL}`)).toBeTruthy();
    fireEvent.input(urlInput, { target: { value: smuggled } });
    await waitFor(() =>
      expect(
        screen.getByText(
          'The app will connect to https://userproject.supabase.co.attacker.example',
        ),
      ).toBeTruthy(),
    );
    await app.user.click(screen.getByRole('button', { name: 'Save connection' }));
    await waitFor(() =>
      expect(fieldError('Project URL')).toMatch(/exactly as the app will use it/),
    );
    expect(app.main.callsTo('settings:set-connection')).toEqual([]);
  });

  it.each([
    ['supabaseUrl', 'Project URL', 'That project does not answer at this address.'],
    [
      'supabaseAnonKey',
      'Anon key',
      'This key belongs to the project "zz", but the URL points to "qq".',
    ],
  ])('shows main refusing %s under the right field', async (field, label, message) => {
    const app = await openSettings(settingsOf(), {
      'settings:set-connection': () => {
        throw new AppError('invalid_input', message, { field });
      },
    });
    await fillConnection(app, NEW_URL, NEW_KEY);
    await waitFor(() => expect(fieldError(label)).toBe(message));
    const other = label === 'Anon key' ? 'Project URL' : 'Anon key';
    expect(fieldError(other)).toBe('');
  });

  it('never echoes the typed anon key in an error message (canary)', async () => {
    const canaryKey = 'sb_publishable_CANARYanonKeyEcho7f3a';
    const app = await openSettings(settingsOf(), {
      'settings:set-connection': () => {
        throw new AppError('server_error', 'The settings file could not be written.');
      },
    });
    await fillConnection(app, NEW_URL, 'CANARY-not-a-supabase-key-7f3a');
    await waitFor(() => expect(fieldError('Anon key')).toMatch(/does not look like a Supabase/));
    expect(errorTexts()).not.toContain('CANARY');

    await fillConnection(app, NEW_URL, canaryKey);
    expect(await screen.findByText(/The settings file could not be written/)).toBeTruthy();
    expect(errorTexts()).not.toContain('CANARY');
    // Sent once, to main only, and kept in no query or mutation cache.
    expect(app.main.callsTo('settings:set-connection')).toHaveLength(1);
    const caches = JSON.stringify(
      app.queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    );
    expect(caches).not.toContain('CANARY');
  });

  it('forgets a saved project only after confirming', async () => {
    const app = await openSettings(settingsOf({ source: 'settings' }), {
      'session:get-state': () => signedIn(),
    });
    await app.user.click(screen.getByRole('button', { name: 'Forget this project' }));
    let dialog = screen.getByRole('dialog', { name: 'Forget this project?' });
    expect(within(dialog).getByText(/stops using abcdefghijklmnopqrst\.supabase\.co/)).toBeTruthy();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(app.main.callsTo('settings:clear-connection')).toEqual([]);

    await app.user.click(screen.getByRole('button', { name: 'Forget this project' }));
    dialog = screen.getByRole('dialog', { name: 'Forget this project?' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Forget project' }));
    expect(
      await screen.findByRole('heading', { name: 'Connect Aterges Desktop to your project' }),
    ).toBeTruthy();
    expect(app.main.callsTo('settings:clear-connection')).toHaveLength(1);
  });
});

describe('the not-configured screen', () => {
  function notConfiguredApp(language: 'en' | 'es' = 'en') {
    let configured = false;
    const settings = settingsHandlers(
      settingsOf({ connection: null, source: 'none', preferences: { language, theme: 'system' } }),
    );
    return renderApp(
      {
        ...settings,
        'settings:set-connection': (input) => {
          configured = true;
          return settings['settings:set-connection']!(input);
        },
        'session:get-state': () => {
          if (!configured) throw new AppError('not_configured', 'No Supabase project is set.');
          return signedOut();
        },
        'app:open-external': () => ({ opened: true }),
      },
      language,
    );
  }

  it('explains what to do, links to the dashboard, and connects a project right there', async () => {
    const app = notConfiguredApp();
    expect(
      await screen.findByRole('heading', { name: 'Connect Aterges Desktop to your project' }),
    ).toBeTruthy();
    expect(screen.getByText(/Create a Supabase project/)).toBeTruthy();
    expect(screen.getByText(/supabase link --project-ref/).textContent).toContain(
      'supabase db push',
    );
    expect(screen.getByText(/Project Settings → API/)).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Open the Supabase dashboard' }));
    expect(app.main.callsTo('app:open-external')).toEqual([
      { url: 'https://supabase.com/dashboard' },
    ]);

    // The first setup is the one main does not ask about: the page shows the origin first.
    await fillConnection(app, `${NEW_URL}/`, NEW_KEY, false);
    expect(screen.getByRole('status').textContent).toBe(`The app will connect to ${NEW_URL}`);
    await app.user.click(screen.getByRole('button', { name: 'Save connection' }));
    await waitFor(() => expect(app.main.callsTo('settings:set-connection')).toHaveLength(1));
    app.main.emit('session:changed', signedOut());
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByTestId('project-host').textContent).toBe(new URL(NEW_URL).host);
    expect(screen.getByText('(Your settings)')).toBeTruthy();
  });

  it('speaks Spanish, down to the reason a secret key is refused', async () => {
    const app = notConfiguredApp('es');
    expect(
      await screen.findByRole('heading', { name: 'Conecta Aterges Desktop con tu proyecto' }),
    ).toBeTruthy();
    await app.user.click(screen.getByLabelText('URL del proyecto'));
    await app.user.paste(NEW_URL);
    expect(screen.getByText(`La aplicación se conectará a ${NEW_URL}`)).toBeTruthy();
    await app.user.click(screen.getByLabelText('Clave anon'));
    await app.user.paste(fakeJwt({ role: 'service_role' }));
    await app.user.click(screen.getByRole('button', { name: 'Guardar conexión' }));
    await waitFor(() => expect(fieldError('Clave anon')).toMatch(/Esta es la clave service_role/));
    expect(app.main.callsTo('settings:set-connection')).toEqual([]);
  });
});
