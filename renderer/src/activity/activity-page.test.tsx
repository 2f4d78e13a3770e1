// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityPage } from '../../../shared/activity.ts';
import { AppError } from '../../../shared/errors.ts';
import type { IntegrationEvent } from '../../../shared/integration.ts';
import { queryKeys } from '../bridge/query-keys.ts';
import { listOf, makeIntegration, signedIn, signedOut } from '../test-support/fake-main.ts';
import type { FakeHandlers } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

const prod = makeIntegration({ name: 'Prod OpenAI' });
const staging = makeIntegration({ name: 'Staging' });
const GONE = '9f0a1b2c-3d4e-4f50-8a61-7b8c9d0e1f23';

let nextId = 100;
function event(
  eventType: IntegrationEvent['eventType'],
  details: IntegrationEvent['details'],
  createdAt: string,
  owner: { id: string; name: string } = prod,
): IntegrationEvent {
  return {
    id: nextId--,
    integrationId: owner.id,
    integrationName: owner.name,
    eventType,
    details,
    createdAt,
  };
}

const firstPage: ActivityPage = {
  events: [
    event(
      'connection_test',
      { outcome: 'passed', latency_ms: 312, device: 'Ana’s laptop' },
      '2026-12-04T17:25:00Z',
    ),
    event(
      'updated',
      { changed: ['config'], config_keys: ['baseUrl'] },
      '2026-12-03T09:00:00Z',
      staging,
    ),
  ],
  nextCursor: { createdAt: '2026-12-03T09:00:00Z', id: 99 },
};
const secondPage: ActivityPage = {
  events: [event('deleted', {}, '2026-11-20T08:00:00Z', { id: GONE, name: 'Old Mistral key' })],
  nextCursor: null,
};

function renderActivity(handlers: FakeHandlers = {}, language: 'en' | 'es' = 'en') {
  return renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([prod, staging]),
      'activity:list': ({ cursor }) => (cursor ? secondPage : firstPage),
      ...handlers,
    },
    language,
  );
}

async function openActivity(app: ReturnType<typeof renderApp>, name = 'Activity') {
  await app.user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('heading', { level: 1, name });
}

describe('the "Activity" page', () => {
  it('lists events newest first in words, and loads the next page on "Load more"', async () => {
    const app = renderActivity();
    await openActivity(app);
    const list = await screen.findByRole('list', { name: 'Events' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries[0]!.textContent).toContain('Connection test: passed, 312 ms');
    expect(entries[0]!.textContent).toContain('Prod OpenAI');
    expect(entries[0]!.textContent).toContain('Computer: Ana’s laptop');
    // Absolute time first (an audit log), the relative one on hover.
    const time = entries[0]!.querySelector('time')!;
    expect(time.getAttribute('dateTime')).toBe('2026-12-04T17:25:00Z');
    expect(time.textContent).toMatch(/Dec 4, 2026/);
    expect(entries[1]!.textContent).toContain('Settings: base URL');

    await app.user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(list.textContent).toContain('Old Mistral key');
    expect(app.main.callsTo('activity:list').at(-1)).toMatchObject({
      cursor: { createdAt: '2026-12-03T09:00:00Z', id: 99 },
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    // The deleted integration is offered by name once its events are seen.
    expect(screen.getByRole('option', { name: 'Old Mistral key (deleted)' })).toBeTruthy();
  });

  it('keeps offering a deleted integration once chosen, when another filter hides its events', async () => {
    const app = renderActivity({
      'activity:list': ({ filter, cursor }) =>
        filter.kinds ? { events: [], nextCursor: null } : cursor ? secondPage : firstPage,
    });
    await openActivity(app);
    await app.user.click(await screen.findByRole('button', { name: 'Load more' }));
    await app.user.selectOptions(screen.getByLabelText('Integration'), 'Old Mistral key (deleted)');
    await app.user.selectOptions(screen.getByLabelText('Type of event'), 'Connection test');
    await screen.findByRole('heading', { name: /No events match/i });
    const integration = screen.getByLabelText<HTMLSelectElement>('Integration');
    expect(integration.value).toBe(GONE);
    expect(integration.selectedOptions[0]?.textContent).toBe('Old Mistral key (deleted)');
  });

  it('filters by integration, kind and local days, "to" included', async () => {
    const app = renderActivity();
    await openActivity(app);
    await screen.findByRole('list', { name: 'Events' });
    await app.user.selectOptions(screen.getByLabelText('Integration'), 'Staging');
    await app.user.selectOptions(screen.getByLabelText('Type of event'), 'Connection test');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-04' } });
    await waitFor(() =>
      expect(app.main.callsTo('activity:list').at(-1)?.filter).toEqual({
        integrationId: staging.id,
        kinds: ['connection_test'],
        from: new Date(2026, 11, 1).toISOString(),
        to: new Date(2026, 11, 5).toISOString(),
      }),
    );
  });

  it('shows a reversed range as a field error and asks main nothing', async () => {
    const app = renderActivity();
    await openActivity(app);
    await screen.findByRole('list', { name: 'Events' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-05' } });
    const callsBefore = app.main.callsTo('activity:list').length;
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-01' } });
    expect((await screen.findByRole('alert')).textContent).toContain('“To” is before “From”');
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = app.main.callsTo('activity:list').slice(callsBefore);
    expect(after.filter(({ filter }) => filter.to === new Date(2026, 11, 2).toISOString())).toEqual(
      [],
    );
  });

  it('says why a filtered result is empty and offers to clear the filters', async () => {
    const app = renderActivity({
      'activity:list': ({ filter, cursor }) =>
        filter.kinds ? { events: [], nextCursor: null } : cursor ? secondPage : firstPage,
    });
    await openActivity(app);
    await screen.findByRole('list', { name: 'Events' });
    await app.user.selectOptions(screen.getByLabelText('Type of event'), 'Credentials rotated');
    const empty = await screen.findByRole('region', { name: 'No events match these filters' });
    expect(empty.textContent).toContain('type “Credentials rotated”');
    await app.user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('list', { name: 'Events' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Type of event').value).toBe('');
  });

  it('says so when there is no activity at all', async () => {
    const app = renderActivity({ 'activity:list': () => ({ events: [], nextCursor: null }) });
    await openActivity(app);
    expect(await screen.findByRole('region', { name: 'No activity yet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('exports the filtered events and confirms how many, in Spanish', async () => {
    let finish: ((rows: number) => void) | undefined;
    const app = renderActivity(
      {
        'activity:export': () =>
          new Promise((resolve) => {
            finish = (rows) => resolve({ saved: true, rows });
          }),
      },
      'es',
    );
    await openActivity(app, 'Actividad');
    await screen.findByRole('list', { name: 'Eventos' });
    await app.user.selectOptions(screen.getByLabelText('Integración'), 'Prod OpenAI');
    await app.user.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    const busy = await screen.findByRole('button', { name: 'Exportando…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(app.main.callsTo('activity:export')).toEqual([{ filter: { integrationId: prod.id } }]);
    finish!(1234);
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Se exportaron 1.234 eventos.');
    expect(await screen.findByRole('button', { name: 'Exportar CSV' })).toBeTruthy();
  });

  it('says nothing when the save dialog was cancelled', async () => {
    const app = renderActivity({ 'activity:export': () => ({ saved: false, rows: 0 }) });
    await openActivity(app);
    await screen.findByRole('list', { name: 'Events' });
    await app.user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(app.main.callsTo('activity:export')).toHaveLength(1));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('offline: says the activity could not be loaded, and retries', async () => {
    let offline = true;
    const app = renderActivity({
      'activity:list': ({ cursor }) => {
        if (offline) throw new AppError('offline', 'offline');
        return cursor ? secondPage : firstPage;
      },
    });
    await openActivity(app);
    expect(await screen.findByText('The activity could not be loaded.')).toBeTruthy();
    expect(screen.getByText('The server cannot be reached.')).toBeTruthy();
    offline = false;
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Events' })).toBeTruthy();
  });

  it('not signed in any more: asks main for the session again (the one failure handler)', async () => {
    const app = renderActivity({
      'activity:list': () => {
        throw new AppError('not_authenticated', 'session_expired');
      },
    });
    const nav = await screen.findByRole('button', { name: 'Activity' });
    const before = app.main.callsTo('session:get-state').length;
    await app.user.click(nav);
    await waitFor(() =>
      expect(app.main.callsTo('session:get-state').length).toBeGreaterThan(before),
    );
  });

  it("is dropped with the rest of the user's cache on sign-out", async () => {
    const app = renderActivity();
    await openActivity(app);
    await screen.findByRole('list', { name: 'Events' });
    const activityQueries = () =>
      app.queryClient.getQueryCache().findAll({ queryKey: queryKeys.activity });
    expect(activityQueries().length).toBeGreaterThan(0);
    app.main.emit('session:changed', signedOut());
    await waitFor(() => expect(activityQueries()).toEqual([]));
  });

  it('reloads when main reports a change', async () => {
    const app = renderActivity();
    await openActivity(app);
    await screen.findByRole('list', { name: 'Events' });
    const before = app.main.callsTo('activity:list').length;
    app.main.emit('integrations:status-changed', {
      id: prod.id,
      status: 'connected',
      result: null,
    });
    await waitFor(() => expect(app.main.callsTo('activity:list').length).toBeGreaterThan(before));
  });
});
