// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { signedOut } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

/* "Continuar con GitHub / Google" on the sign-in screen (issue #13 §1), Spanish first. */
describe('sign-in with GitHub or Google (Spanish)', () => {
  it('shows only the providers the project enabled, and waits for the browser', async () => {
    const app = renderApp(
      {
        'session:get-state': () => signedOut(),
        'session:oauth-providers': () => ({ providers: ['github'] }),
        'session:oauth-start': ({ provider }) =>
          signedOut({ flow: { kind: 'oauth_pending', provider } }),
        'session:oauth-cancel': () => signedOut(),
      },
      'es',
    );
    const button = await screen.findByRole('button', { name: 'Continuar con GitHub' });
    expect(screen.queryByRole('button', { name: 'Continuar con Google' })).toBeNull();
    await app.user.click(button);
    expect(app.main.callsTo('session:oauth-start')).toEqual([{ provider: 'github' }]);
    expect(await screen.findByRole('heading', { name: 'Termina en tu navegador…' })).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(app.main.callsTo('session:oauth-cancel')).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
  });

  it('shows no provider buttons offline', async () => {
    renderApp(
      {
        'session:get-state': () => signedOut({ connectivity: 'offline' }),
        'session:oauth-providers': () => ({ providers: ['github', 'google'] }),
      },
      'es',
    );
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Continuar con/ })).toBeNull();
  });

  it.each([
    ['oauth_denied', 'No diste permiso en el navegador, así que no se inició la sesión.'],
    [
      'oauth_timed_out',
      'El inicio de sesión en el navegador tardó demasiado. Vuelve a intentarlo.',
    ],
    ['oauth_refused', /no corresponde a ningún inicio de sesión en curso/],
  ] as const)('words the notice %s', async (notice, words) => {
    renderApp(
      {
        'session:get-state': () => signedOut({ notice }),
        'session:oauth-providers': () => ({ providers: ['github', 'google'] }),
      },
      'es',
    );
    expect(await screen.findByText(words)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Continuar con Google' })).toBeTruthy();
  });

  it('in English', async () => {
    renderApp(
      {
        'session:get-state': () =>
          signedOut({ flow: { kind: 'oauth_pending', provider: 'google' } }),
      },
      'en',
    );
    expect(await screen.findByRole('heading', { name: 'Finish in your browser…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });
});
