// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BridgeContext } from '../bridge/bridge-context.tsx';
import { createI18n } from '../preferences/i18n.ts';
import type { FakeHandlers } from '../test-support/fake-main.ts';
import { createFakeMain, listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { NetworkActionButton } from './network-action-button.tsx';

/*
 * The button for actions that need the server: usable only while online with a list fresh from
 * the server; otherwise disabled, saying why in its tooltip and pointing screen readers at the
 * offline banner's explanation.
 */

afterEach(cleanup);

const REASON = 'Not available offline: changes and connection tests need the server.';

function renderButton(handlers: FakeHandlers, props: ComponentProps<typeof NetworkActionButton>) {
  const main = createFakeMain(handlers);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <BridgeContext value={main.bridge}>
        <QueryClientProvider client={queryClient}>
          <NetworkActionButton {...props} />
        </QueryClientProvider>
      </BridgeContext>
    </I18nextProvider>,
  );
  return { main, button: screen.getByRole<HTMLButtonElement>('button', { name: 'Act' }) };
}

const online: FakeHandlers = {
  'session:get-state': () => signedIn(),
  'integrations:list': () => listOf([makeIntegration()]),
};

describe('NetworkActionButton', () => {
  it('online: enabled, no offline tooltip or description, and its own props pass through', async () => {
    const onClick = vi.fn();
    const { button } = renderButton(online, { className: 'button', onClick, children: 'Act' });
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(button.type).toBe('button');
    expect(button.className).toBe('button');
    expect(button.hasAttribute('title')).toBe(false);
    expect(button.hasAttribute('aria-describedby')).toBe(false);
    await userEvent.setup().click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('offline: disabled, with the reason as tooltip and the offline banner as description', async () => {
    const { main, button } = renderButton(
      {
        'session:get-state': () => signedIn({ connectivity: 'offline' }),
        'integrations:list': () => listOf([makeIntegration()], 'cache'),
      },
      { children: 'Act' },
    );
    await waitFor(() => expect(main.callsTo('integrations:list')).toHaveLength(1));
    expect(button.disabled).toBe(true);
    expect(button.title).toBe(REASON);
    expect(button.getAttribute('aria-describedby')).toBe('offline-reason');
  });

  it('online but showing the cached list: disabled as offline', async () => {
    const { main, button } = renderButton(
      {
        'session:get-state': () => signedIn(),
        'integrations:list': () => listOf([makeIntegration()], 'cache'),
      },
      { children: 'Act' },
    );
    await waitFor(() => expect(main.callsTo('integrations:list')).toHaveLength(1));
    await waitFor(() => expect(button.title).toBe(REASON));
    expect(button.disabled).toBe(true);
  });

  it('its own `disabled` adds to the network condition without claiming to be offline', async () => {
    const { button } = renderButton(online, { disabled: true, children: 'Act' });
    await waitFor(() => expect(button.hasAttribute('title')).toBe(false));
    expect(button.disabled).toBe(true);
    expect(button.hasAttribute('aria-describedby')).toBe(false);
  });

  it('can be a submit button', () => {
    const { button } = renderButton(online, { type: 'submit', children: 'Act' });
    expect(button.type).toBe('submit');
  });
});
