// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { AppError } from '../../../shared/errors.ts';
import { resolveBridge } from '../bridge/resolve-bridge.ts';
import { createI18n } from '../preferences/i18n.ts';
import { listOf, makeIntegration, signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp, rendererState } from '../test-support/render-app.tsx';
import { AppRoot } from './app-root.tsx';

afterEach(cleanup);

describe('app states', () => {
  it('shows a fatal error, not a fake, when the preload exposed no bridge', async () => {
    expect(await resolveBridge({ candidate: { version: 1 }, allowMock: false })).toBeNull();
    render(<AppRoot bridge={null} i18n={createI18n('en')} />);
    expect(screen.getByRole('heading', { name: 'Aterges Desktop could not start' })).toBeTruthy();
  });

  it('explains the missing Supabase settings when main is not configured', async () => {
    renderApp({
      'session:get-state': () => {
        throw new AppError('not_configured', 'No Supabase URL or anon key.');
      },
    });
    expect(
      await screen.findByRole('heading', { name: 'Connect Aterges Desktop to your project' }),
    ).toBeTruthy();
    expect(screen.getByLabelText('Project URL')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
  });

  it('clears the password after a failed sign-in and says why in plain words', async () => {
    const password = 'CANARY-password-1234';
    const app = renderApp({
      'session:get-state': () => signedOut(),
      'session:sign-in': () => {
        throw new AppError('invalid_input', 'Invalid login credentials.');
      },
    });
    await app.user.type(await screen.findByLabelText('Email'), 'ana@example.com');
    await app.user.type(screen.getByLabelText('Password'), password);
    expect(rendererState(app.queryClient)).toContain(password);
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Invalid login credentials.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    expect(rendererState(app.queryClient)).not.toContain(password);
  });

  it('signs in and shows the integrations', async () => {
    const app = renderApp({
      'session:get-state': () => signedOut(),
      'session:sign-in': ({ email }) =>
        signedIn({ user: { id: '9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', email } }),
      'integrations:list': () => listOf([makeIntegration({ name: 'Prod' })]),
    });
    await app.user.type(await screen.findByLabelText('Email'), 'ana@example.com');
    await app.user.type(screen.getByLabelText('Password'), 'long-enough-password');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Integrations' })).toBeTruthy();
    expect(await screen.findByText('Prod')).toBeTruthy();
    expect(app.main.callsTo('session:sign-in')).toEqual([
      { email: 'ana@example.com', password: 'long-enough-password' },
    ]);
  });

  it('after a sign-up that needs the e-mail confirmed, says where the mail went', async () => {
    const app = renderApp({
      'session:get-state': () => signedOut(),
      'session:sign-up': ({ email }) => signedOut({ flow: { kind: 'confirm_sign_up', email } }),
    });
    await app.user.click(
      await screen.findByRole('button', { name: 'New here? Create an account' }),
    );
    await app.user.type(screen.getByLabelText('Email'), 'ana@example.com');
    await app.user.type(screen.getByLabelText('Password'), 'long-enough-password');
    await app.user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Confirm your email' })).toBeTruthy();
    expect(
      screen.getByText('We sent an email to ana@example.com. Open it on this computer.'),
    ).toBeTruthy();
  });

  it('offline: shows the last sync, disables network actions with the reason, and retries', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn({ connectivity: 'offline' }),
      'integrations:list': () => listOf([makeIntegration({ name: 'Cached' })], 'cache'),
      'session:reconnect': () => signedIn(),
    });
    const banner = await screen.findByRole('status', { name: 'You are offline' });
    expect(within(banner).getByText(/Showing your integrations from the last sync/)).toBeTruthy();
    const add = screen.getByRole<HTMLButtonElement>('button', { name: 'New integration' });
    const row = await screen.findByTestId('integration-row');
    const test = within(row).getByRole<HTMLButtonElement>('button', { name: 'Test connection' });
    for (const button of [add, test]) {
      expect(button.disabled).toBe(true);
      expect(button.title).toMatch(/Not available offline/);
      expect(button.getAttribute('aria-describedby')).toBe('offline-reason');
    }
    await app.user.click(within(banner).getByRole('button', { name: 'Retry now' }));
    expect(app.main.callsTo('session:reconnect')).toHaveLength(1);
  });

  it('speaks Spanish with the product wording', async () => {
    renderApp(
      {
        'session:get-state': () => signedIn(),
        'integrations:list': () => listOf([makeIntegration({ name: 'Prod', status: 'connected' })]),
      },
      'es',
    );
    const row = await screen.findByTestId('integration-row');
    expect(screen.getByRole('button', { name: 'Nueva Integración' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Probar Conexión' })).toBeTruthy();
    expect(within(row).getByText('Conectado')).toBeTruthy();
  });

  it('runs a test that can be cancelled, and shows the result', async () => {
    let finish: (result: ConnectionTestResult) => void = () => undefined;
    const integration = makeIntegration({ name: 'Slow' });
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
      'integrations:test': () => new Promise<ConnectionTestResult>((resolve) => (finish = resolve)),
      'integrations:cancel-test': () => {
        finish({
          ok: false,
          latencyMs: 5,
          identity: null,
          errorKind: 'cancelled',
          reason: 'cancelled',
          params: {},
        });
        return { cancelled: true };
      },
    });
    const row = await screen.findByTestId('integration-row');
    expect(row.dataset.integrationName).toBe('Slow');
    await app.user.click(within(row).getByRole('button', { name: 'Test connection' }));
    await app.user.click(await within(row).findByRole('button', { name: 'Cancel test' }));
    expect(await within(row).findByText(/The test was cancelled/)).toBeTruthy();
    expect(app.main.callsTo('integrations:cancel-test')).toEqual([{ id: integration.id }]);
  });

  it('deletes only after the name is typed', async () => {
    const integration = makeIntegration({ name: 'Old key' });
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
      'integrations:delete': ({ id }) => ({ id }),
    });
    await app.user.click(await screen.findByRole('button', { name: 'Manage Old key' }));
    await app.user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Old key”?' });
    const confirm = within(dialog).getByRole<HTMLButtonElement>('button', {
      name: 'Delete integration',
    });
    expect(confirm.disabled).toBe(true);
    await app.user.type(
      within(dialog).getByLabelText('Type the name “Old key” to confirm'),
      'Old key',
    );
    expect(confirm.disabled).toBe(false);
    await app.user.click(confirm);
    await waitFor(() =>
      expect(app.main.callsTo('integrations:delete')).toEqual([{ id: integration.id }]),
    );
    expect(await screen.findByRole('heading', { name: 'Integrations' })).toBeTruthy();
  });

  it('follows integrations:changed events without refetching', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
    });
    expect(await screen.findByRole('heading', { name: 'No integrations yet' })).toBeTruthy();
    app.main.emit('integrations:changed', listOf([makeIntegration({ name: 'Pushed' })]));
    expect(await screen.findByText('Pushed')).toBeTruthy();
    expect(app.main.callsTo('integrations:list')).toHaveLength(1);
  });
});
