// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { Integration } from '../../../../shared/integration.ts';
import type { ListView } from '../../../../shared/list-view.ts';
import { listOf, makeIntegration, settingsOf, signedIn } from '../../test-support/fake-main.ts';
import { fakeListLayout } from '../../test-support/fake-layout.ts';
import { renderApp } from '../../test-support/render-app.tsx';

afterEach(cleanup);

const INTEGRATIONS: Integration[] = [
  makeIntegration({ name: 'Prod OpenAI', status: 'connected' }),
  makeIntegration({ name: 'Staging OpenAI', status: 'error', errorCode: 'key_rejected' }),
  makeIntegration({
    name: 'Billing',
    type: 'aws',
    status: 'connected',
    credentialHint: 'AKIAQWERTY',
  }),
];

function app(listView?: ListView, integrations = INTEGRATIONS) {
  return renderApp({
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf(integrations),
    'settings:get': () =>
      settingsOf({
        preferences: { language: 'en', theme: 'system', ...(listView && { listView }) },
      }),
    'settings:set-preferences': (preferences) =>
      settingsOf({ preferences: { language: 'en', theme: 'system', ...preferences } }),
  });
}

const rowNames = () =>
  screen.queryAllByRole('article').map((row) => row.getAttribute('data-integration-name'));

describe('finding an integration in the list', () => {
  it('searches by name, provider and key hint', async () => {
    const { user } = app();
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });
    await user.type(search, 'aws');
    await waitFor(() => expect(rowNames()).toEqual(['Billing']));
    await user.clear(search);
    await user.type(search, 'qwerty');
    await waitFor(() => expect(rowNames()).toEqual(['Billing']));
    expect(screen.getByText('Showing 1 of 3')).toBeTruthy();
  });

  it('Ctrl+K, ⌘K and / focus the search box', async () => {
    const { user } = app();
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });
    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(search);
    search.blur();
    await user.keyboard('{Meta>}k{/Meta}');
    expect(document.activeElement).toBe(search);
    search.blur();
    await user.keyboard('/');
    expect(document.activeElement).toBe(search);
    expect(search).toHaveProperty('value', '');
  });

  it('an empty result says why and clears the filters', async () => {
    const { user } = app();
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });
    await user.selectOptions(screen.getByLabelText('Status'), 'Error');
    await user.type(search, 'billing');
    const empty = await screen.findByRole('region', { name: 'No integration matches' });
    expect(within(empty).getByText('None of your 3 integrations matches:')).toBeTruthy();
    expect(within(empty).getByText('the search “billing”')).toBeTruthy();
    expect(within(empty).getByText('status Error')).toBeTruthy();
    await user.click(within(empty).getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(search).toHaveProperty('value', '');
  });

  it('keeps sort, density and filters in the preferences', async () => {
    const { user, main } = app();
    await screen.findByRole('searchbox', { name: 'Search integrations' });
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Status (problems first)');
    await waitFor(() => expect(rowNames()[0]).toBe('Staging OpenAI'));
    await user.click(screen.getByRole('checkbox', { name: 'Compact rows' }));
    expect(main.callsTo('settings:set-preferences').at(-1)).toEqual({
      listView: { sort: 'status', density: 'compact', status: 'all', provider: 'all' },
    });
    expect(screen.getByRole('list', { name: 'Your integrations' }).dataset.density).toBe('compact');
  });

  it('opens the way it was left', async () => {
    app({ sort: 'name', density: 'compact', status: 'all', provider: 'aws' });
    await waitFor(() => expect(rowNames()).toEqual(['Billing']));
    expect(screen.getByLabelText<HTMLSelectElement>('Provider').value).toBe('aws');
  });
});

describe('a thousand integrations', () => {
  it('renders only a window of rows and still finds any of them', async () => {
    const undoLayout = fakeListLayout();
    onTestFinished(undoLayout);
    const many = Array.from({ length: 1000 }, (_, index) =>
      makeIntegration({ name: `Key ${String(index).padStart(4, '0')}` }),
    );
    const { user } = app(undefined, many);
    const list = await screen.findByRole('list', { name: 'Your integrations' });
    expect(rowNames().length).toBeLessThan(30);
    expect(within(list).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('1000');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'key 0999' } });
    await waitFor(() => expect(rowNames()).toEqual(['Key 0999']));
    await user.clear(screen.getByRole('searchbox'));
  });
});
