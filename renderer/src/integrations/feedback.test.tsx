// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import { listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { passed } from '../test-support/fake-vault.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const cancelled = (latencyMs = 0): ConnectionTestResult => ({
  ok: false,
  latencyMs,
  identity: null,
  errorKind: 'cancelled',
  reason: 'cancelled',
  params: {},
});

const toasts = () => screen.getByRole('status', { name: 'Notifications' });

describe('stopping "Test all"', () => {
  it('offers Stop while it runs and counts the stopped ones apart, as neither working nor failing', async () => {
    const good = makeIntegration({ name: 'Good' });
    const queued = makeIntegration({ name: 'Queued' });
    let finish: (() => void) | undefined;
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([good, queued]),
      'integrations:test-all': () =>
        new Promise((resolve) => {
          finish = () =>
            resolve([
              { integrationId: good.id, result: passed() },
              { integrationId: queued.id, result: cancelled() },
            ]);
        }),
      'integrations:stop-test-all': () => {
        finish?.();
        return { stopped: true };
      },
    });
    await app.user.click(await screen.findByRole('button', { name: 'Test all' }));
    await app.user.click(await screen.findByRole('button', { name: 'Stop “Test all”' }));
    expect(app.main.callsTo('integrations:stop-test-all')).toHaveLength(1);
    expect(
      await screen.findByText(
        'Stopped: 1 integration was not tested and keeps its previous state.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Tested 1 integration — working: 1, failing: 0.', { exact: false }),
    ).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Failing integrations' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Stop “Test all”' })).toBeNull();
  });
});

describe('a single test', () => {
  it('shows its elapsed time against the deadline from 2 s on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const slow = makeIntegration({ name: 'Slow' });
    let finish: (() => void) | undefined;
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([slow]),
      'integrations:test': () =>
        new Promise((resolve) => {
          finish = () => resolve(passed());
        }),
    });
    await app.user.click(await screen.findByRole('button', { name: 'Test connection' }));
    await screen.findByRole('button', { name: 'Testing…' });
    expect(screen.queryByTestId('test-elapsed')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(3_100));
    expect(screen.getByTestId('test-elapsed').textContent).toBe('3 s of 15 s');
    finish!();
    await waitFor(() => expect(screen.queryByTestId('test-elapsed')).toBeNull());
  });
});

describe('toasts after an action', () => {
  function detailApp(integration: Integration) {
    const rows = [integration];
    return renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([...rows]),
      'integrations:set-enabled': ({ id, enabled }) => {
        const index = rows.findIndex((row) => row.id === id);
        rows[index] = { ...rows[index]!, status: enabled ? 'unverified' : 'disabled' };
        return rows[index];
      },
      'integrations:delete': ({ id }) => {
        rows.splice(
          rows.findIndex((row) => row.id === id),
          1,
        );
        return { id };
      },
    });
  }

  it('disable explains itself, asks, keeps focus on the toggle, and Undo enables again', async () => {
    const integration = makeIntegration({ name: 'Prod OpenAI', status: 'connected' });
    const app = detailApp(integration);
    await app.user.click(await screen.findByRole('button', { name: 'Manage Prod OpenAI' }));
    const toggle = await screen.findByRole('button', { name: 'Disable' });
    await app.user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Disable “Prod OpenAI”?' });
    expect(within(dialog).getByText(/will not be tested/)).toBeTruthy();
    expect(app.main.callsTo('integrations:set-enabled')).toHaveLength(0);
    await app.user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await within(toasts()).findByText('“Prod OpenAI” was disabled.');
    expect(app.main.callsTo('integrations:set-enabled')).toEqual([
      { id: integration.id, enabled: false },
    ]);
    const enable = await screen.findByRole('button', { name: 'Enable' });
    expect(enable).toBe(toggle);
    expect(document.activeElement).toBe(toggle);

    await app.user.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(app.main.callsTo('integrations:set-enabled').at(-1)).toEqual({
        id: integration.id,
        enabled: true,
      }),
    );
  });

  it('enable needs no confirmation', async () => {
    const integration = makeIntegration({ name: 'Old key', status: 'disabled' });
    const app = detailApp(integration);
    await app.user.click(await screen.findByRole('button', { name: 'Manage Old key' }));
    await app.user.click(await screen.findByRole('button', { name: 'Enable' }));
    await within(toasts()).findByText('“Old key” was enabled.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('delete says it cannot be undone', async () => {
    const integration = makeIntegration({ name: 'AWS – billing' });
    const app = detailApp(integration);
    await app.user.click(await screen.findByRole('button', { name: 'Manage AWS – billing' }));
    await app.user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    // Another dash and other capitals still confirm the name.
    await app.user.type(within(dialog).getByRole('textbox'), 'aws - BILLING');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete integration' }));
    await within(toasts()).findByText(/“AWS – billing” was deleted\. This cannot be undone/);
    expect(within(toasts()).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('"Retry now" while still offline says so', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn({ connectivity: 'offline' }),
      'integrations:list': () => listOf([], 'cache'),
      'session:reconnect': () => signedIn({ connectivity: 'offline' }),
    });
    await app.user.click(await screen.findByRole('button', { name: 'Retry now' }));
    await within(toasts()).findByText('Still offline. The app will keep trying on its own.');
  });
});
