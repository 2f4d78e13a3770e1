// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/app-info.ts';
import type { Language } from '../preferences/i18n.ts';
import { listOf, signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

const APP_INFO = {
  version: '1.2.3',
  electron: '39.2.0',
  chromium: '142.0.7444.59',
  updateChannel: 'latest',
} satisfies AppInfo;

/** The Settings button of the navigation, in each language. */
const SETTINGS = { en: 'Settings', es: 'Configuración' } satisfies Record<Language, string>;

/** The app signed in, on its Settings page. */
async function openSettings(language: Language = 'en') {
  const app = renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
      'app:info': () => APP_INFO,
      'app:open-logs': () => ({ opened: true }),
      'session:sign-out-everywhere': () => signedOut(),
    },
    language,
  );
  await app.user.click(await screen.findByRole('button', { name: SETTINGS[language] }));
  return app;
}

describe('Settings: About and sessions (issue #14 §7)', () => {
  it('shows the versions, the project host and the channel, and asks main to open the logs', async () => {
    const app = await openSettings();
    const about = await screen.findByRole('region', { name: 'About' });
    expect(await within(about).findByText(APP_INFO.version)).toBeTruthy();
    expect(within(about).getByText(APP_INFO.electron)).toBeTruthy();
    expect(within(about).getByText(APP_INFO.chromium)).toBeTruthy();
    expect(within(about).getByText('Stable')).toBeTruthy();
    await app.user.click(within(about).getByRole('button', { name: 'Open the logs folder' }));
    // No path, nothing at all: main knows its own folder.
    expect(app.main.callsTo('app:open-logs')).toEqual([undefined]);
  });

  it('signs out on all devices only after a confirmation', async () => {
    const app = await openSettings();
    await app.user.click(await screen.findByRole('button', { name: 'Sign out on all devices' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out on all devices?' });
    expect(app.main.callsTo('session:sign-out-everywhere')).toHaveLength(0);
    await app.user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    expect(app.main.callsTo('session:sign-out-everywhere')).toHaveLength(1);
  });

  it('keeps the project form’s Save disabled until something changed', async () => {
    const app = await openSettings();
    const save = await screen.findByRole('button', { name: 'Save connection' });
    expect(save).toHaveProperty('disabled', true);
    await app.user.type(screen.getByLabelText('Anon key'), 'x');
    expect(save).toHaveProperty('disabled', false);
  });

  it('speaks Spanish', async () => {
    await openSettings('es');
    const about = await screen.findByRole('region', { name: 'Acerca de' });
    expect(await within(about).findByText('Estable')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Cerrar sesión en todos los dispositivos' }),
    ).toBeTruthy();
  });
});
