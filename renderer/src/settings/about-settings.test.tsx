// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { listOf, signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

function settingsApp(language: 'en' | 'es' = 'en') {
  return renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
      'app:info': () => ({
        version: '1.2.3',
        electron: '39.2.0',
        chromium: '142.0.7444.59',
        updateChannel: 'latest',
      }),
      'app:open-logs': () => ({ opened: true }),
      'session:sign-out-everywhere': () => signedOut(),
    },
    language,
  );
}

describe('Settings: About and sessions (issue #14 §7)', () => {
  it('shows the versions, the project host and the channel, and asks main to open the logs', async () => {
    const app = settingsApp();
    await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
    const about = await screen.findByRole('region', { name: 'About' });
    expect(await within(about).findByText('1.2.3')).toBeTruthy();
    expect(within(about).getByText('39.2.0')).toBeTruthy();
    expect(within(about).getByText('142.0.7444.59')).toBeTruthy();
    expect(within(about).getByText('Stable')).toBeTruthy();
    await app.user.click(within(about).getByRole('button', { name: 'Open the logs folder' }));
    // No path, nothing at all: main knows its own folder.
    expect(app.main.callsTo('app:open-logs')).toEqual([undefined]);
  });

  it('signs out on all devices only after a confirmation', async () => {
    const app = settingsApp();
    await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
    await app.user.click(await screen.findByRole('button', { name: 'Sign out on all devices' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out on all devices?' });
    expect(app.main.callsTo('session:sign-out-everywhere')).toHaveLength(0);
    await app.user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    expect(app.main.callsTo('session:sign-out-everywhere')).toHaveLength(1);
  });

  it('keeps the project form’s Save disabled until something changed', async () => {
    const app = settingsApp();
    await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
    const save = await screen.findByRole('button', { name: 'Save connection' });
    expect(save).toHaveProperty('disabled', true);
    await app.user.type(screen.getByLabelText('Anon key'), 'x');
    expect(save).toHaveProperty('disabled', false);
  });

  it('speaks Spanish', async () => {
    const app = settingsApp('es');
    await app.user.click(await screen.findByRole('button', { name: 'Configuración' }));
    const about = await screen.findByRole('region', { name: 'Acerca de' });
    expect(await within(about).findByText('Estable')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Cerrar sesión en todos los dispositivos' }),
    ).toBeTruthy();
  });
});
