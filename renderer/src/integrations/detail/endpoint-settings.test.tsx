// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import { AppError } from '../../../../shared/errors.ts';
import { AZURE_AUTHORITY_HOSTS } from '../../../../shared/integration-config.ts';
import type { Integration } from '../../../../shared/integration.ts';
import type { FakeHandlers } from '../../test-support/fake-main.ts';
import { listOf, makeIntegration, signedIn } from '../../test-support/fake-main.ts';
import type { Language } from '../../preferences/i18n.ts';
import { renderApp, rendererState } from '../../test-support/render-app.tsx';

/*
 * Endpoint settings (OpenAI base URL, Azure cloud) decide where a key is sent: main refuses
 * them in a settings edit, so the settings form only shows them, and the rotate dialog sends
 * them with the new credentials.
 */

afterEach(cleanup);

const OPENAI_CANARY = 'sk-proj-CANARYendpointRotate000000000007';
const AZURE_CANARY = 'CANARY~azureEndpointRotate.secret-0007';
const STORED_URL = 'https://llm.internal.example.com/v1';
const REFUSED =
  'This setting decides where your key is sent, so it changes only together with the key: use “Rotate credentials” and enter the key again.';
const passed: ConnectionTestResult = {
  ok: true,
  latencyMs: 70,
  identity: null,
  errorKind: null,
  message: '',
};

const openAi = () =>
  makeIntegration({
    name: 'Team LLM',
    config: { baseUrl: STORED_URL, organization: 'org-abcdefgh12', project: 'proj_abcdefgh12' },
  });
const azure = () =>
  makeIntegration({
    name: 'Gov Azure',
    type: 'azure',
    credentialHint: 'tenant contoso.onmicrosoft.com',
    config: { authorityHost: AZURE_AUTHORITY_HOSTS.usGovernment },
  });

function setup(integration: Integration, handlers: FakeHandlers = {}, language?: Language) {
  return renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
      'integrations:events': () => [],
      'integrations:update': ({ name, config }) => ({
        ...integration,
        name: name ?? integration.name,
        config: (config as Integration['config'] | undefined) ?? integration.config,
      }),
      'integrations:rotate': () => ({ integration, test: passed, saved: true }),
      ...handlers,
    },
    language,
  );
}

async function openDetail(app: ReturnType<typeof renderApp>, manage: string) {
  await app.user.click(await screen.findByRole('button', { name: manage }));
  return screen.getByRole('region', { name: /Name and options|Nombre y opciones/ });
}

/** What a screen reader reads after the input: its hint and its error. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('endpoint settings in the settings form', () => {
  it('shows the OpenAI base URL read-only and sends it back unchanged with the edits', async () => {
    const integration = openAi();
    const app = setup(integration);
    const form = await openDetail(app, 'Manage Team LLM');
    const baseUrl = within(form).getByLabelText<HTMLInputElement>('Base URL');
    expect(baseUrl.readOnly).toBe(true);
    expect(baseUrl.value).toBe(STORED_URL);
    expect(description(baseUrl)).toContain('changes only together with them');
    expect(within(form).queryByLabelText('Base URL (optional)')).toBeNull();

    // Typing into the read-only input changes nothing; the organization is editable.
    await app.user.type(baseUrl, 'https://attacker.example');
    const organization = within(form).getByLabelText('Organization ID (optional)');
    await app.user.clear(organization);
    await app.user.type(organization, 'org-zyxwvuts98');
    await app.user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:update')).toEqual([
      {
        id: integration.id,
        name: 'Team LLM',
        config: { baseUrl: STORED_URL, organization: 'org-zyxwvuts98', project: 'proj_abcdefgh12' },
      },
    ]);
  });

  it('shows the Azure cloud read-only and leaves the settings out of a rename', async () => {
    const integration = azure();
    const app = setup(integration);
    const form = await openDetail(app, 'Manage Gov Azure');
    const cloud = within(form).getByLabelText<HTMLInputElement>('Cloud');
    expect(cloud.readOnly).toBe(true);
    expect(cloud.value).toBe('Azure US Government');

    const name = within(form).getByLabelText('Name');
    await app.user.clear(name);
    await app.user.type(name, 'Gov Azure (prod)');
    await app.user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: integration.id, name: 'Gov Azure (prod)' },
    ]);
  });

  it('offers "Rotate credentials" to change the endpoint, prefilled with the current one', async () => {
    const app = setup(openAi());
    const form = await openDetail(app, 'Manage Team LLM');
    await app.user.click(within(form).getByRole('button', { name: 'Change with new credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Team LLM”' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Base URL (optional)').value).toBe(
      STORED_URL,
    );
  });

  it('puts main’s refusal of an endpoint change under the base URL, in Spanish', async () => {
    const app = setup(
      openAi(),
      {
        'integrations:update': () => {
          throw new AppError('invalid_input', REFUSED, { field: 'config.baseUrl' });
        },
      },
      'es',
    );
    const form = await openDetail(app, 'Administrar Team LLM');
    // E.g. the endpoint was rotated elsewhere and this window still had the old one.
    const organization = within(form).getByLabelText('ID de organización (opcional)');
    await app.user.clear(organization);
    await app.user.type(organization, 'org-zyxwvuts98');
    await app.user.click(within(form).getByRole('button', { name: 'Guardar cambios' }));

    const spanish =
      'Este ajuste decide adónde se envía tu clave, así que solo cambia junto con ella: usa «Rotar credenciales» y vuelve a introducir la clave.';
    const baseUrl = within(form).getByLabelText('URL base');
    await expect.poll(() => description(baseUrl)).toContain(spanish);
    expect(baseUrl.getAttribute('aria-invalid')).toBe('true');
    expect(organization.getAttribute('aria-invalid')).toBeNull();
    expect(app.main.callsTo('integrations:update')[0]?.config).toHaveProperty(
      'baseUrl',
      STORED_URL,
    );
  });
});

describe('endpoint settings in the rotate dialog', () => {
  it('sends the new OpenAI base URL as config with the key, the other settings as stored', async () => {
    const integration = openAi();
    const app = setup(integration);
    await app.user.click(await screen.findByRole('button', { name: 'Manage Team LLM' }));
    await app.user.click(screen.getByRole('button', { name: 'Rotate credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Team LLM”' });

    await app.user.type(within(dialog).getByLabelText('API key'), OPENAI_CANARY);
    const baseUrl = within(dialog).getByLabelText('Base URL (optional)');
    await app.user.clear(baseUrl);
    await app.user.type(baseUrl, 'https://gateway.example.com/openai/v1');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      {
        id: integration.id,
        type: 'openai',
        credentials: { apiKey: OPENAI_CANARY },
        config: {
          baseUrl: 'https://gateway.example.com/openai/v1',
          organization: 'org-abcdefgh12',
          project: 'proj_abcdefgh12',
        },
        saveAnyway: false,
      },
    ]);
    expect(rendererState(app.queryClient)).not.toContain(OPENAI_CANARY);
  });

  it('sends the chosen Azure cloud as config with the new secret', async () => {
    const integration = azure();
    const app = setup(integration);
    await app.user.click(await screen.findByRole('button', { name: 'Manage Gov Azure' }));
    await app.user.click(screen.getByRole('button', { name: 'Rotate credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Gov Azure”' });

    const cloud = within(dialog).getByLabelText<HTMLSelectElement>('Cloud');
    expect(cloud.value).toBe(AZURE_AUTHORITY_HOSTS.usGovernment);
    await app.user.selectOptions(cloud, 'Azure China (21Vianet)');
    await app.user.type(within(dialog).getByLabelText('Directory (tenant) ID'), 'contoso.cn');
    await app.user.type(
      within(dialog).getByLabelText('Application (client) ID'),
      '11111111-2222-3333-4444-555555555555',
    );
    await app.user.type(within(dialog).getByLabelText('Client secret'), AZURE_CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      {
        id: integration.id,
        type: 'azure',
        credentials: {
          tenantId: 'contoso.cn',
          clientId: '11111111-2222-3333-4444-555555555555',
          clientSecret: AZURE_CANARY,
        },
        config: { authorityHost: AZURE_AUTHORITY_HOSTS.china },
        saveAnyway: false,
      },
    ]);
    expect(rendererState(app.queryClient)).not.toContain(AZURE_CANARY);
  });

  it('puts main’s refusal of the base URL under its input in the dialog', async () => {
    const app = setup(openAi(), {
      'integrations:rotate': () => {
        throw new AppError('invalid_input', 'Use https (http only for localhost).', {
          field: 'config.baseUrl',
        });
      },
    });
    await app.user.click(await screen.findByRole('button', { name: 'Manage Team LLM' }));
    await app.user.click(screen.getByRole('button', { name: 'Rotate credentials' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Team LLM”' });
    await app.user.type(within(dialog).getByLabelText('API key'), OPENAI_CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    const baseUrl = within(dialog).getByLabelText('Base URL (optional)');
    await expect.poll(() => description(baseUrl)).toContain('Use https (http only for localhost).');
    expect(within(dialog).getByLabelText('API key').getAttribute('aria-invalid')).toBeNull();
    // Not saved: the key stays for another try until the dialog closes, then it is gone.
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(rendererState(app.queryClient)).not.toContain(OPENAI_CANARY);
  });
});
