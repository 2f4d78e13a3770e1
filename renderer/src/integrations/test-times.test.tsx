// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function appWith(integration: ReturnType<typeof makeIntegration>, language: 'en' | 'es' = 'en') {
  return renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
    },
    language,
  );
}

describe('honest test times', () => {
  it('an Error row says its last test failed and when a test last passed', async () => {
    appWith(
      makeIntegration({
        name: 'Broken',
        status: 'error',
        errorCode: 'key_rejected',
        lastVerifiedAt: minutesAgo(0),
        lastTestPassedAt: minutesAgo(60 * 24 * 3),
        lastUsedAt: null,
      }),
    );
    const row = await screen.findByRole('article', { name: 'Broken' });
    const lastTest = within(row).getByTestId('last-test');
    expect(lastTest.textContent).toBe('now · failed');
    expect(within(row).getByTestId('last-passed').textContent).toBe('3 days ago');
    expect(within(row).getByText('Last used').nextElementSibling?.textContent).toBe('Never');
    // The exact time on hover.
    expect(lastTest.querySelector('time')?.getAttribute('title')).toMatch(/\d{4}/);
  });

  it('a key that never passed reads "Never" for the last passing test, in Spanish too', async () => {
    appWith(
      makeIntegration({
        name: 'Errata',
        status: 'error',
        lastVerifiedAt: minutesAgo(2),
        lastTestPassedAt: null,
      }),
      'es',
    );
    const row = await screen.findByRole('article', { name: 'Errata' });
    expect(within(row).getByText('Última prueba')).toBeTruthy();
    expect(within(row).getByTestId('last-test').textContent).toBe('hace 2 minutos · falló');
    expect(within(row).getByText('Última prueba correcta')).toBeTruthy();
    expect(within(row).getByTestId('last-passed').textContent).toBe('Nunca');
  });

  it('a passed last test is not marked failed', async () => {
    const at = minutesAgo(5);
    appWith(makeIntegration({ name: 'Fine', lastVerifiedAt: at, lastTestPassedAt: at }));
    const row = await screen.findByRole('article', { name: 'Fine' });
    expect(within(row).getByTestId('last-test').textContent).toBe('5 minutes ago');
  });

  it('the detail view shows exact times, the relative one on hover', async () => {
    // Relative to now: a fixed date turned from "23 hours ago" into "yesterday" a day later.
    const at = minutesAgo(180);
    const app = appWith(
      makeIntegration({ name: 'Exact', lastVerifiedAt: at, lastTestPassedAt: at }),
    );
    await app.user.click(await screen.findByRole('button', { name: 'Manage Exact' }));
    const lastTest = await screen.findByTestId('last-test');
    const time = lastTest.querySelector('time')!;
    expect(time.textContent).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(at),
      ),
    );
    expect(time.getAttribute('title')).toBe('3 hours ago');
  });
});

describe('a row under test', () => {
  it('shows "Verifying" and hides the previous result', async () => {
    const integration = makeIntegration({ name: 'Busy', status: 'connected' });
    const app = appWith(integration);
    const row = await screen.findByRole('article', { name: 'Busy' });
    app.main.emit('integrations:status-changed', {
      id: integration.id,
      status: 'connected',
      result: {
        ok: true,
        latencyMs: 90,
        identity: null,
        errorKind: null,
        reason: 'accepted',
        params: {},
      },
    });
    expect(await within(row).findByText(/Connection works/)).toBeTruthy();
    app.main.emit('integrations:status-changed', {
      id: integration.id,
      status: 'verifying',
      result: null,
    });
    await waitFor(() => expect(row.getAttribute('data-status')).toBe('verifying'));
    expect(within(row).getByText('Verifying')).toBeTruthy();
    expect(within(row).queryByText(/Connection works/)).toBeNull();
  });
});
