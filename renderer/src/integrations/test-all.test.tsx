// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { passed, rejected } from '../test-support/fake-vault.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

describe('"Test all"', () => {
  it('shows its progress as a bar, then links to the failing ones', async () => {
    const good = makeIntegration({ name: 'Good' });
    const bad = makeIntegration({ name: 'Bad' });
    let finish: (() => void) | undefined;
    const results: Array<{ integrationId: string; result: ConnectionTestResult }> = [
      { integrationId: good.id, result: passed() },
      { integrationId: bad.id, result: rejected() },
    ];
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () =>
        listOf([good, { ...bad, status: 'error', errorCode: 'key_rejected' }]),
      'integrations:test-all': () =>
        new Promise((resolve) => {
          finish = () => resolve(results);
        }),
    });
    await app.user.click(await screen.findByRole('button', { name: 'Test all' }));
    app.main.emit('integrations:status-changed', {
      id: good.id,
      status: 'connected',
      result: passed(),
      progress: { done: 1, total: 2 },
    });
    const bar = await screen.findByRole('progressbar', { name: 'Testing all…' });
    await waitFor(() => expect(bar.getAttribute('value')).toBe('1'));
    expect(bar.getAttribute('max')).toBe('2');
    expect(screen.getByRole('button', { name: 'Testing all… 1 of 2' })).toBeTruthy();

    finish!();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    const failing = await screen.findByRole('list', { name: 'Failing integrations' });
    expect(within(failing).getByRole('button', { name: 'Bad' })).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Show the failing one' }));
    expect(screen.getByLabelText<HTMLSelectElement>('Status').value).toBe('error');
    await waitFor(() =>
      expect(screen.getAllByRole('article').map((row) => row.dataset.integrationName)).toEqual([
        'Bad',
      ]),
    );
  });
});
