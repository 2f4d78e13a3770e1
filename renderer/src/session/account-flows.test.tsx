// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp, rendererState } from '../test-support/render-app.tsx';

afterEach(cleanup);

/*
 * The account flows of issue #12 on screen, in Spanish first: the confirmation card, "Reenviar
 * correo" with the wait a mail limit asks for, "¿Olvidaste tu contraseña?", "Nueva contraseña"
 * after a reset link, "Cambiar contraseña" in Settings, and the words for a link that did not work.
 */

const confirming = signedOut({ flow: { kind: 'confirm_sign_up', email: 'ana@example.com' } });

describe('account flows (Spanish)', () => {
  it('confirmation card: resend shows the wait when the mail limit is hit; "Ya lo confirmé" goes to sign-in', async () => {
    const app = renderApp(
      {
        'session:get-state': () => confirming,
        'session:resend-confirmation': () => {
          throw new AppError('rate_limited', 'email_rate_limited', {
            params: { retryAfterSeconds: 42 },
          });
        },
        'session:leave-flow': () => signedOut(),
      },
      'es',
    );
    expect(await screen.findByRole('heading', { name: 'Confirma tu correo' })).toBeTruthy();
    expect(
      screen.getByText('Te enviamos un correo a ana@example.com. Ábrelo en este equipo.'),
    ).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Reenviar correo' }));
    expect(await screen.findByText(/Podrás pedir otro en 42/)).toBeTruthy();
    expect(app.main.callsTo('session:resend-confirmation')).toEqual([{ email: 'ana@example.com' }]);

    await app.user.click(screen.getByRole('button', { name: 'Ya lo confirmé' }));
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Correo electrónico').value).toBe(
      'ana@example.com',
    );
  });

  it('forgot password: the address goes to main, then "Revisa tu correo"', async () => {
    const app = renderApp(
      {
        'session:get-state': () => signedOut(),
        'session:request-password-reset': ({ email }) =>
          signedOut({ flow: { kind: 'reset_sent', email } }),
      },
      'es',
    );
    await app.user.click(await screen.findByRole('button', { name: '¿Olvidaste tu contraseña?' }));
    expect(screen.getByRole('heading', { name: 'Restablece tu contraseña' })).toBeTruthy();
    await app.user.type(screen.getByLabelText('Correo electrónico'), 'ana@example.com');
    await app.user.click(screen.getByRole('button', { name: 'Enviar enlace' }));
    expect(await screen.findByRole('heading', { name: 'Revisa tu correo' })).toBeTruthy();
    expect(app.main.callsTo('session:request-password-reset')).toEqual([
      { email: 'ana@example.com' },
    ]);
  });

  it('a link that did not work has its own words (never the link’s text)', async () => {
    for (const [notice, words] of [
      ['link_expired', 'Este enlace ha caducado o ya se usó. Pide uno nuevo.'],
      ['link_refused', /La aplicación recibió un enlace que no acepta/],
      ['link_other_device', /Este enlace ya se usó, o se pidió desde otro equipo/],
      ['link_not_supported', /inicia sesión con tu contraseña/],
    ] as const) {
      renderApp({ 'session:get-state': () => signedOut({ notice }) }, 'es');
      expect(await screen.findByText(words)).toBeTruthy();
      cleanup();
    }
  });

  it('"Nueva contraseña" after a reset link: the password goes to main and leaves the form', async () => {
    const password = 'CANARY-new-password-77';
    let state = signedIn({ flow: { kind: 'new_password' } });
    const app = renderApp(
      {
        'session:get-state': () => state,
        'session:set-new-password': () => {
          state = signedIn();
          return state;
        },
        'integrations:list': () => ({ integrations: [], source: 'server', syncedAt: null }),
      },
      'es',
    );
    expect(await screen.findByRole('heading', { name: 'Nueva contraseña' })).toBeTruthy();
    await app.user.type(screen.getByLabelText('Nueva contraseña', { selector: 'input' }), password);
    await app.user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));
    expect(await screen.findByRole('heading', { name: 'Integraciones' })).toBeTruthy();
    expect(app.main.callsTo('session:set-new-password')).toEqual([{ password }]);
    expect(rendererState(app.queryClient)).not.toContain(password);
  });

  it('"Cambiar contraseña" in Settings: a wrong current password is said under its field', async () => {
    const current = 'CANARY-current-31';
    const app = renderApp(
      {
        'session:get-state': () => signedIn(),
        'integrations:list': () => ({ integrations: [], source: 'server', syncedAt: null }),
        'session:change-password': () => {
          throw new AppError('invalid_input', 'current_password_wrong', {
            field: 'currentPassword',
          });
        },
      },
      'es',
    );
    await app.user.click(await screen.findByRole('button', { name: 'Configuración' }));
    const section = await screen.findByTestId('change-password');
    expect(section).toBeTruthy();
    await app.user.type(screen.getByLabelText('Contraseña actual'), current);
    await app.user.type(screen.getByLabelText('Nueva contraseña'), 'a-new-password-1');
    await app.user.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));
    await waitFor(() =>
      expect(screen.getAllByText('La contraseña actual no es correcta.').length).toBeGreaterThan(0),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Contraseña actual').value).toBe('');
    expect(rendererState(app.queryClient)).not.toContain(current);
  });
});
