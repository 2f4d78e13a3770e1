// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

async function signInFailingWith(error: AppError, language: 'en' | 'es' = 'en') {
  const app = renderApp(
    {
      'session:get-state': () => signedOut(),
      'session:sign-in': () => {
        throw error;
      },
    },
    language,
  );
  await app.user.type(await screen.findByLabelText(/Email|Correo/), 'ana@example.com');
  await app.user.type(screen.getByLabelText(/^(Password|Contraseña)$/), 'some-password');
  await app.user.click(screen.getByRole('button', { name: /^(Sign in|Iniciar sesión)$/ }));
  // A field's error is an alert too; together they are what the user reads.
  const alerts = await screen.findAllByRole('alert');
  return { textContent: alerts.map((alert) => alert.textContent).join(' | ') };
}

describe('auth reasons in words', () => {
  it('a wrong password says only that, never that a session ended', async () => {
    const alert = await signInFailingWith(new AppError('not_authenticated', 'wrong_credentials'));
    expect(alert.textContent).toBe('The e-mail or password is wrong.');
  });

  it('in Spanish too', async () => {
    const alert = await signInFailingWith(
      new AppError('not_authenticated', 'wrong_credentials'),
      'es',
    );
    expect(alert.textContent).toBe('El correo o la contraseña no son correctos.');
  });

  it('a rate limit shows the wait', async () => {
    const alert = await signInFailingWith(
      new AppError('rate_limited', 'rate_limited', {
        params: { retryAfterSeconds: 42 },
      }),
    );
    expect(alert.textContent).toBe('Too many attempts. Try again in 42 sec.');
  });

  it('a weak password lists what the project’s policy found', async () => {
    const alert = await signInFailingWith(
      new AppError('invalid_input', 'weak_password', {
        field: 'password',
        params: { passwordReasons: ['characters', 'pwned'] },
      }),
    );
    expect(alert.textContent).toContain('This project asks for a stronger password.');
    expect(alert.textContent).toContain('Mix lower- and upper-case letters');
    expect(alert.textContent).toContain('It appears in known data leaks');
  });

  it('a refused project key keeps the user signed in and leads to Settings', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn({ notice: 'api_key_refused' }),
    });
    const banner = await screen.findByRole('status', {
      name: 'The server refused to continue the session',
    });
    expect(banner.textContent).toContain('The project refused the app’s API key');
    await app.user.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
  });

  it('a project key refused at sign-in leads to the project screen, saying why', async () => {
    const app = renderApp(
      {
        'session:get-state': () => signedOut(),
        'session:sign-in': () => {
          throw new AppError('not_configured', 'api_key_refused');
        },
      },
      'es',
    );
    await app.user.type(await screen.findByLabelText(/Correo/), 'ana@example.com');
    await app.user.type(screen.getByLabelText(/^Contraseña$/), 'some-password');
    await app.user.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    const reason = await screen.findByTestId('not-configured-reason');
    expect(reason.textContent).toContain('clave');
    expect(screen.getByTestId('connect-project')).toBeTruthy();
  });

  it('a paused project says so, with the dashboard', async () => {
    renderApp({ 'session:get-state': () => signedIn({ notice: 'project_paused' }) }, 'es');
    const banner = await screen.findByRole('status', {
      name: 'El servidor no permitió continuar la sesión',
    });
    expect(banner.textContent).toContain('El proyecto de Supabase está en pausa.');
    expect(screen.getByRole('button', { name: /Abrir el panel de Supabase/ })).toBeTruthy();
  });
});
