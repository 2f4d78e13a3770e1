// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { listOf, makeIntegration, signedIn, signedOut } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';
import { queryKeys } from './query-keys.ts';

afterEach(cleanup);

describe('integrations:changed', () => {
  it('replaces the list while signed in', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([makeIntegration({ name: 'Prod' })]),
    });
    expect(await screen.findByText('Prod')).toBeTruthy();
    act(() =>
      app.main.emit('integrations:changed', listOf([makeIntegration({ name: 'Staging' })])),
    );
    expect(await screen.findByText('Staging')).toBeTruthy();
    expect(screen.queryByText('Prod')).toBeNull();
  });

  it('ignores a list that arrives after the sign-out (the previous user’s)', async () => {
    const previous = listOf([makeIntegration({ name: 'Previous user’s key' })]);
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => previous,
    });
    expect(await screen.findByText('Previous user’s key')).toBeTruthy();
    act(() => app.main.emit('session:changed', signedOut()));
    act(() => app.main.emit('integrations:changed', listOf([], 'cache')));
    // A load that was already running when the user signed out lands last.
    act(() => app.main.emit('integrations:changed', previous));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    expect(app.queryClient.getQueryData(queryKeys.list)).toBeUndefined();
    expect(screen.queryByText('Previous user’s key')).toBeNull();
  });
});
