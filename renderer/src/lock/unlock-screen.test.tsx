// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { LockState } from '../../../shared/lock.ts';
import { listOf, makeIntegration, signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp, rendererState } from '../test-support/render-app.tsx';

afterEach(cleanup);

const LOCKED: LockState = { locked: true, triesLeft: 5 };
const UNLOCKED: LockState = { locked: false, triesLeft: 5 };

describe('auto-lock in the page', () => {
  it('starts on the unlock screen only, in Spanish, and unlocks with the password', async () => {
    const canary = 'Unlock-canary-pw-41f2';
    let lock = LOCKED;
    const app = renderApp(
      {
        'session:get-state': () => signedIn(),
        'lock:get-state': () => lock,
        'lock:unlock': (input) => {
          if (input.method === 'password' && input.password === canary) {
            lock = { locked: true, triesLeft: 4 };
            throw new AppError('not_authenticated', 'wrong_credentials', {
              field: 'password',
              params: { triesLeft: 4 },
            });
          }
          lock = UNLOCKED;
          return lock;
        },
        'integrations:list': () => listOf([makeIntegration({ name: 'Producción' })]),
      },
      'es',
    );
    expect(await screen.findByRole('heading', { name: 'Aterges está bloqueado' })).toBeTruthy();
    expect(screen.queryByText('Producción')).toBeNull();
    expect(app.main.callsTo('integrations:list')).toEqual([]);

    await app.user.type(screen.getByLabelText('Contraseña'), canary);
    await app.user.click(screen.getByRole('button', { name: 'Desbloquear' }));
    expect(
      await screen.findByText(
        'Contraseña incorrecta. Te quedan 4 intentos antes de cerrar la sesión.',
      ),
    ).toBeTruthy();
    expect(rendererState(app.queryClient)).not.toContain(canary);

    await app.user.type(screen.getByLabelText('Contraseña'), 'the-right-one');
    await app.user.click(screen.getByRole('button', { name: 'Desbloquear' }));
    expect(await screen.findByText('Producción')).toBeTruthy();
    expect(app.main.callsTo('lock:unlock')).toEqual([
      { method: 'password', password: canary },
      { method: 'password', password: 'the-right-one' },
    ]);
    expect(rendererState(app.queryClient)).not.toContain('the-right-one');
  });

  it('drops the whole query cache when main locks, and offers a code with a second factor', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn({ secondFactor: 'verified' }),
      'integrations:list': () => listOf([makeIntegration({ name: 'Prod' })]),
    });
    expect(await screen.findByText('Prod')).toBeTruthy();
    act(() => app.main.emit('lock:changed', LOCKED));
    expect(await screen.findByRole('heading', { name: 'Aterges is locked' })).toBeTruthy();
    await waitFor(() =>
      expect(app.queryClient.getQueryCache().findAll({ queryKey: ['integrations'] })).toEqual([]),
    );
    expect(rendererState(app.queryClient)).not.toContain('Prod');
    await app.user.click(screen.getByRole('button', { name: 'Use a code instead' }));
    expect(screen.getByLabelText('Verification code')).toBeTruthy();
  });

  it('says a rate limit did not count, and signing out leaves the screen', async () => {
    let session = signedIn();
    const app = renderApp({
      'session:get-state': () => session,
      'lock:get-state': () => LOCKED,
      'lock:unlock': () => {
        throw new AppError('rate_limited', 'rate_limited', { params: { retryAfterSeconds: 30 } });
      },
      'session:sign-out': () => (session = signedOut()),
    });
    await app.user.type(await screen.findByLabelText('Password'), 'whatever');
    await app.user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByText(
        'Too many attempts in a row. Try again in 30 s; this one did not count.',
      ),
    ).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('the last wrong try signs out, and the sign-in screen says why', async () => {
    let session = signedIn();
    let lock: LockState = { locked: true, triesLeft: 1 };
    const app = renderApp(
      {
        'session:get-state': () => session,
        'lock:get-state': () => lock,
        'lock:unlock': () => {
          // As main does: sign out with the notice, end the lock, answer the reason.
          session = signedOut({ notice: 'unlock_tries_exhausted' });
          lock = UNLOCKED;
          throw new AppError('not_authenticated', 'unlock_tries_exhausted');
        },
      },
      'es',
    );
    await app.user.type(await screen.findByLabelText('Contraseña'), 'wrong-again');
    await app.user.click(screen.getByRole('button', { name: 'Desbloquear' }));
    act(() => {
      app.main.emit('session:changed', session);
      app.main.emit('lock:changed', lock);
    });
    expect(await screen.findByRole('button', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Demasiados intentos fallidos de desbloqueo: se ha cerrado la sesión. Vuelve a iniciar sesión.',
    );
  });

  it('Settings offers the idle time in Spanish (15 min by default) and saves "Nunca"', async () => {
    const app = renderApp(
      {
        'session:get-state': () => signedIn(),
        'integrations:list': () => listOf([]),
        'session:second-factors': () => [],
      },
      'es',
    );
    await app.user.click(await screen.findByRole('button', { name: 'Configuración' }));
    const choice = await screen.findByLabelText<HTMLSelectElement>('Bloquear tras');
    expect(screen.getByRole('heading', { name: 'Bloqueo automático' })).toBeTruthy();
    expect(choice.value).toBe('15');
    expect([...choice.options].map((option) => option.text)).toEqual([
      '5 minutos',
      '15 minutos',
      '30 minutos',
      '60 minutos',
      'Nunca',
    ]);
    await app.user.selectOptions(choice, 'Nunca');
    await waitFor(() =>
      expect(app.main.callsTo('settings:set-preferences')).toEqual([{ autoLockMinutes: null }]),
    );
    expect(choice.value).toBe('never');
  });
});
