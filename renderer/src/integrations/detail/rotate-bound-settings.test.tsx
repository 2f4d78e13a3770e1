// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';
import { AZURE_AUTHORITY_HOSTS } from '../../../../shared/integration-config.ts';
import {
  STORED_URL,
  boundAws,
  boundAzure,
  boundOpenAi,
  description,
  renderWithIntegration as setup,
} from '../../test-support/bound-settings.ts';
import type { renderApp } from '../../test-support/render-app.tsx';
import { rendererState } from '../../test-support/render-app.tsx';

/*
 * The rotate dialog is the one place the settings bound to a key (BOUND_CONFIG_KEYS) change: it
 * shows them prefilled and editable, checks them with the shared schemas and sends them as the
 * config together with the new credentials. (The settings form only shows them:
 * endpoint-settings.test.tsx.)
 */

afterEach(cleanup);

const OPENAI_CANARY = 'sk-proj-CANARYendpointRotate000000000007';
const AZURE_CANARY = 'CANARY~azureEndpointRotate.secret-0007';
const AWS_CANARY = 'CANARYawsEndpointRotate00000000000000007';

async function openRotate(app: ReturnType<typeof renderApp>, name: string) {
  await app.user.click(await screen.findByRole('button', { name: `Manage ${name}` }));
  await app.user.click(screen.getByRole('button', { name: 'Rotate credentials' }));
  return screen.getByRole('dialog', { name: `Rotate credentials for “${name}”` });
}

describe('bound settings in the rotate dialog', () => {
  it('sends the new OpenAI base URL, organization and project as config with the key', async () => {
    const integration = boundOpenAi();
    const app = setup(integration);
    const dialog = await openRotate(app, 'Team LLM');

    await app.user.type(within(dialog).getByLabelText('API key'), OPENAI_CANARY);
    const typed = {
      'Base URL (optional)': 'https://gateway.example.com/openai/v1',
      'Organization ID (optional)': 'org-zyxwvuts98',
      'Project ID (optional)': '',
    };
    for (const [label, value] of Object.entries(typed)) {
      const input = within(dialog).getByLabelText(label);
      await app.user.clear(input);
      if (value) await app.user.type(input, value);
    }
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
    // A cleared project is left out (not carried over from the stored config).
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      {
        id: integration.id,
        type: 'openai',
        credentials: { apiKey: OPENAI_CANARY },
        config: {
          baseUrl: 'https://gateway.example.com/openai/v1',
          organization: 'org-zyxwvuts98',
        },
        saveAnyway: false,
      },
    ]);
    expect(rendererState(app.queryClient)).not.toContain(OPENAI_CANARY);
  });

  it('sends the chosen AWS region as config with the new keys', async () => {
    const integration = boundAws();
    const app = setup(integration);
    const dialog = await openRotate(app, 'Billing');

    const region = within(dialog).getByLabelText<HTMLInputElement>('Region');
    expect(region.value).toBe('eu-west-3');
    await app.user.clear(region);
    await app.user.type(region, 'ap-south-1');
    await app.user.type(within(dialog).getByLabelText('Access key ID'), 'AKIAABCDEFGHIJKLMNOP');
    await app.user.type(within(dialog).getByLabelText('Secret access key'), AWS_CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      {
        id: integration.id,
        type: 'aws',
        credentials: { accessKeyId: 'AKIAABCDEFGHIJKLMNOP', secretAccessKey: AWS_CANARY },
        config: { region: 'ap-south-1' },
        saveAnyway: false,
      },
    ]);
    expect(rendererState(app.queryClient)).not.toContain(AWS_CANARY);
  });

  it('sends the chosen Azure cloud as config with the new secret', async () => {
    const integration = boundAzure();
    const app = setup(integration);
    const dialog = await openRotate(app, 'Gov Azure');

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

  it('checks the bound settings before sending the key anywhere', async () => {
    const app = setup(boundOpenAi());
    const dialog = await openRotate(app, 'Team LLM');
    await app.user.type(within(dialog).getByLabelText('API key'), OPENAI_CANARY);
    const organization = within(dialog).getByLabelText('Organization ID (optional)');
    await app.user.clear(organization);
    await app.user.type(organization, 'acme');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    await expect
      .poll(() => description(organization))
      .toContain('Organization IDs look like org-…');
    expect(organization.getAttribute('aria-invalid')).toBe('true');
    expect(app.main.callsTo('integrations:rotate')).toEqual([]);
  });

  it('puts main’s refusal of the base URL under its input in the dialog', async () => {
    const app = setup(boundOpenAi(), {
      'integrations:rotate': () => {
        throw new AppError('invalid_input', 'url_https_only', { field: 'config.baseUrl' });
      },
    });
    const dialog = await openRotate(app, 'Team LLM');
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

  it('puts main’s refusal of the organization under its input, in Spanish', async () => {
    const app = setup(
      boundOpenAi(),
      {
        'integrations:rotate': () => {
          throw new AppError('invalid_input', 'server_refused_value', {
            field: 'config.organization',
          });
        },
      },
      'es',
    );
    await app.user.click(await screen.findByRole('button', { name: 'Administrar Team LLM' }));
    await app.user.click(screen.getByRole('button', { name: 'Rotar credenciales' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotar credenciales de «Team LLM»' });
    await app.user.type(within(dialog).getByLabelText('Clave de API'), OPENAI_CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Probar y guardar' }));

    const organization = within(dialog).getByLabelText('ID de organización (opcional)');
    await expect.poll(() => description(organization)).toContain('El servidor rechazó este valor.');
    expect(organization.getAttribute('aria-invalid')).toBe('true');
    const baseUrl = within(dialog).getByLabelText('URL base (opcional)');
    expect(baseUrl.getAttribute('aria-invalid')).toBeNull();
    expect(app.main.callsTo('integrations:rotate')[0]?.config).toEqual({
      baseUrl: STORED_URL,
      organization: 'org-abcdefgh12',
      project: 'proj_abcdefgh12',
    });
  });
});
