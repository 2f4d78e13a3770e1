import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoot } from '../app/app-root.tsx';
import { createNotConfiguredSignal } from '../app/not-configured-signal.ts';
import { createAppQueryClient } from '../app/query-client.ts';
import type { Language } from '../preferences/i18n.ts';
import { createI18n } from '../preferences/i18n.ts';
import type { FakeHandlers } from './fake-main.ts';
import { createFakeMain, settingsHandlers, settingsOf } from './fake-main.ts';

/**
 * Renders the whole app against a fake main, as main.tsx does with the real bridge. Main's
 * settings answer with a project built into the app and `language` as the chosen language,
 * unless the test gives its own settings handlers.
 */
export function renderApp(handlers: FakeHandlers, language: Language = 'en') {
  const main = createFakeMain({
    ...settingsHandlers(settingsOf({ preferences: { language, theme: 'system' } })),
    ...handlers,
  });
  const notConfigured = createNotConfiguredSignal();
  const queryClient = createAppQueryClient(notConfigured);
  const user = userEvent.setup();
  const view = render(
    <AppRoot
      bridge={main.bridge}
      i18n={createI18n(language)}
      queryClient={queryClient}
      notConfigured={notConfigured}
    />,
  );
  return { ...view, main, queryClient, user };
}

/** The rendered app: its view, the fake main, the query client and a user. */
export type RenderedApp = ReturnType<typeof renderApp>;

/**
 * Everything the renderer holds that could leak a secret: the DOM (markup and live input
 * values) and React Query's caches (query data, mutation variables and results).
 */
export function rendererState(queryClient: ReturnType<typeof createAppQueryClient>): string {
  const fieldValues = [...document.querySelectorAll('input, textarea, select')].map(
    (element) => (element as HTMLInputElement).value,
  );
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.state);
  const mutations = queryClient
    .getMutationCache()
    .getAll()
    .map((mutation) => mutation.state);
  return [document.body.innerHTML, ...fieldValues, JSON.stringify({ queries, mutations })].join(
    '\n',
  );
}
