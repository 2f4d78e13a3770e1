import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { AZURE_AUTHORITY_HOSTS } from '../../../shared/integration-config.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { Language } from '../preferences/i18n.ts';
import type { FakeHandlers } from './fake-main.ts';
import { listOf, makeIntegration, signedIn } from './fake-main.ts';
import { renderApp } from './render-app.tsx';

/*
 * Integrations with every kind of setting bound to the key (BOUND_CONFIG_KEYS: OpenAI base URL,
 * organization and project, AWS region, Azure cloud), and a main that saves what it is sent: for
 * the tests of those settings in the settings form and in the rotate dialog.
 */

export const STORED_URL = 'https://llm.internal.example.com/v1';

export const passedTest: ConnectionTestResult = {
  ok: true,
  latencyMs: 70,
  identity: null,
  errorKind: null,
  reason: 'accepted',
  params: {},
};

export const boundOpenAi = () =>
  makeIntegration({
    name: 'Team LLM',
    config: { baseUrl: STORED_URL, organization: 'org-abcdefgh12', project: 'proj_abcdefgh12' },
  });
export const boundAzure = () =>
  makeIntegration({
    name: 'Gov Azure',
    type: 'azure',
    credentialHint: 'tenant contoso.onmicrosoft.com',
    config: { authorityHost: AZURE_AUTHORITY_HOSTS.usGovernment },
  });
export const boundAws = () =>
  makeIntegration({
    name: 'Billing',
    type: 'aws',
    credentialHint: 'AKIA…MNOP',
    config: { region: 'eu-west-3' },
  });

/** The app signed in with one integration; update and rotate succeed unless overridden. */
export function renderWithIntegration(
  integration: Integration,
  handlers: FakeHandlers = {},
  language?: Language,
) {
  return renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
      'integrations:update': ({ name, config }) => ({
        ...integration,
        name: name ?? integration.name,
        config: (config as Integration['config'] | undefined) ?? integration.config,
      }),
      'integrations:rotate': () => ({ integration, test: passedTest, saved: true }),
      ...handlers,
    },
    language,
  );
}
