// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';
import { AZURE_AUTHORITY_HOSTS } from '../../../../shared/integration-config.ts';
import type { Integration } from '../../../../shared/integration.ts';
import {
  STORED_URL,
  boundAws,
  boundAzure,
  boundOpenAi,
  renderWithIntegration as setup,
} from '../../test-support/bound-settings.ts';
import { description } from '../../test-support/described-by.ts';
import type { RenderedApp } from '../../test-support/render-app.tsx';
import { rendererState } from '../../test-support/render-app.tsx';
import { openRotateDialog, rotation, testAndSave } from '../../test-support/rotate-dialog.ts';

/*
 * Bound settings (BOUND_CONFIG_KEYS: OpenAI base URL, organization and project, AWS region, Azure
 * cloud) travel with the key to the provider. Main refuses them in a settings edit, so the
 * settings form only shows them and edits the name; the rotate dialog is the one place they
 * change: it shows them prefilled and editable, checks them with the shared schemas and sends
 * them as the config together with the new credentials.
 */

afterEach(cleanup);

const OPENAI_CANARY = 'sk-proj-CANARYendpointRotate000000000007';
const AZURE_CANARY = 'CANARY~azureEndpointRotate.secret-0007';
const AWS_CANARY = 'CANARYawsEndpointRotate00000000000000007';

async function openSettingsForm(app: RenderedApp, manage: string) {
  await app.user.click(await screen.findByRole('button', { name: manage }));
  return screen.getByRole('region', { name: /Name and options|Nombre y opciones/ });
}

/** The inputs of a form that a person can type into. */
function editableInputs(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>('input, select, textarea')]
    .filter((input) => !input.readOnly && !input.disabled && input.type !== 'hidden')
    .map((input) => input.labels?.[0]?.textContent ?? input.name);
}

/** Checks the value of each labelled input, and that a person can or cannot edit it. */
function expectFields(container: HTMLElement, values: Record<string, string>, editable: boolean) {
  for (const [label, value] of Object.entries(values)) {
    const input = within(container).getByLabelText<HTMLInputElement>(label);
    expect(input.readOnly, label).toBe(!editable);
    expect(input.value, label).toBe(value);
  }
}

/** Renames the integration in its settings form and waits for the form to say so. */
async function rename(app: RenderedApp, form: HTMLElement, newName: string) {
  const name = within(form).getByLabelText('Name');
  await app.user.clear(name);
  await app.user.type(name, newName);
  await app.user.click(within(form).getByRole('button', { name: 'Save changes' }));
  expect(await within(form).findByText('Changes saved.')).toBeTruthy();
}

describe('bound settings in the settings form', () => {
  it('shows the OpenAI base URL, organization and project read-only and renames without them', async () => {
    const integration = boundOpenAi();
    const app = setup(integration);
    const form = await openSettingsForm(app, 'Manage Team LLM');
    const shown = {
      'Base URL': STORED_URL,
      'Organization ID': 'org-abcdefgh12',
      'Project ID': 'proj_abcdefgh12',
    };
    expectFields(form, shown, false);
    for (const label of Object.keys(shown)) {
      expect(description(within(form).getByLabelText(label))).toContain(
        'change only together with them',
      );
    }
    // The name is the only thing this form edits.
    expect(editableInputs(form)).toEqual(['Name']);
    expect(
      within(form).getAllByRole('button', { name: 'Change with new credentials' }),
    ).toHaveLength(3);

    // Typing into the read-only inputs changes nothing; the rename sends no config at all.
    await app.user.type(within(form).getByLabelText('Base URL'), 'https://attacker.example');
    await app.user.type(within(form).getByLabelText('Organization ID'), 'org-zyxwvuts98');
    expect(within(form).getByLabelText<HTMLInputElement>('Organization ID').value).toBe(
      'org-abcdefgh12',
    );
    await rename(app, form, 'Team LLM (prod)');
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: integration.id, name: 'Team LLM (prod)' },
    ]);
  });

  it.each([
    { setting: 'AWS region', bound: boundAws, label: 'Region', shown: 'eu-west-3' },
    { setting: 'Azure cloud', bound: boundAzure, label: 'Cloud', shown: 'Azure US Government' },
  ])('shows the $setting read-only and leaves it out of a rename', async (row) => {
    const integration = row.bound();
    const app = setup(integration);
    const form = await openSettingsForm(app, `Manage ${integration.name}`);
    expectFields(form, { [row.label]: row.shown }, false);
    expect(editableInputs(form)).toEqual(['Name']);

    await rename(app, form, `${integration.name} (prod)`);
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: integration.id, name: `${integration.name} (prod)` },
    ]);
  });

  it('offers "Change with new credentials", opening the rotate dialog prefilled and editable', async () => {
    const app = setup(boundOpenAi());
    const form = await openSettingsForm(app, 'Manage Team LLM');
    const [, organizationChange] = within(form).getAllByRole('button', {
      name: 'Change with new credentials',
    });
    await app.user.click(organizationChange!);
    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Team LLM”' });
    const prefilled = {
      'Base URL (optional)': STORED_URL,
      'Organization ID (optional)': 'org-abcdefgh12',
      'Project ID (optional)': 'proj_abcdefgh12',
      'API key': '',
    };
    expectFields(dialog, prefilled, true);
  });

  it('shows the read-only settings and their hint in Spanish', async () => {
    const app = setup(boundOpenAi(), {}, 'es');
    const form = await openSettingsForm(app, 'Administrar Team LLM');
    const organization = within(form).getByLabelText<HTMLInputElement>('ID de organización');
    expect(organization.readOnly).toBe(true);
    expect(description(organization)).toContain(
      'Estos ajustes viajan con tus credenciales al proveedor, así que solo cambian junto con ellas, en «Rotar credenciales».',
    );
    expect(within(form).queryByLabelText('ID de organización (opcional)')).toBeNull();
    expect(
      within(form).getAllByRole('button', { name: 'Cambiar con credenciales nuevas' }),
    ).toHaveLength(3);
  });
});

/** A rotation with new bound settings: what the person types, and what main must be sent. */
interface RotateCase {
  sends: string;
  bound: () => Integration;
  secret: string;
  fill: (app: RenderedApp, dialog: HTMLElement) => Promise<void>;
  credentials: Record<string, string>;
  config: Record<string, string>;
}

describe('bound settings in the rotate dialog', () => {
  it.each<RotateCase>([
    {
      sends: 'the new OpenAI base URL, organization and project as config with the key',
      bound: boundOpenAi,
      secret: OPENAI_CANARY,
      fill: async (app, dialog) => {
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
      },
      credentials: { apiKey: OPENAI_CANARY },
      // A cleared project is left out (not carried over from the stored config).
      config: { baseUrl: 'https://gateway.example.com/openai/v1', organization: 'org-zyxwvuts98' },
    },
    {
      sends: 'the chosen AWS region as config with the new keys',
      bound: boundAws,
      secret: AWS_CANARY,
      fill: async (app, dialog) => {
        const region = within(dialog).getByLabelText<HTMLInputElement>('Region');
        expect(region.value).toBe('eu-west-3');
        await app.user.clear(region);
        await app.user.type(region, 'ap-south-1');
        await app.user.type(within(dialog).getByLabelText('Access key ID'), 'AKIAABCDEFGHIJKLMNOP');
        await app.user.type(within(dialog).getByLabelText('Secret access key'), AWS_CANARY);
      },
      credentials: { accessKeyId: 'AKIAABCDEFGHIJKLMNOP', secretAccessKey: AWS_CANARY },
      config: { region: 'ap-south-1' },
    },
    {
      sends: 'the chosen Azure cloud as config with the new secret',
      bound: boundAzure,
      secret: AZURE_CANARY,
      fill: async (app, dialog) => {
        const cloud = within(dialog).getByLabelText<HTMLSelectElement>('Cloud');
        expect(cloud.value).toBe(AZURE_AUTHORITY_HOSTS.usGovernment);
        await app.user.selectOptions(cloud, 'Azure China (21Vianet)');
        await app.user.type(within(dialog).getByLabelText('Directory (tenant) ID'), 'contoso.cn');
        await app.user.type(
          within(dialog).getByLabelText('Application (client) ID'),
          '11111111-2222-3333-4444-555555555555',
        );
        await app.user.type(within(dialog).getByLabelText('Client secret'), AZURE_CANARY);
      },
      credentials: {
        tenantId: 'contoso.cn',
        clientId: '11111111-2222-3333-4444-555555555555',
        clientSecret: AZURE_CANARY,
      },
      config: { authorityHost: AZURE_AUTHORITY_HOSTS.china },
    },
  ])('sends $sends', async ({ bound, secret, fill, credentials, config }) => {
    const integration = bound();
    const app = setup(integration);
    const dialog = await openRotateDialog(app, integration.name);
    await fill(app, dialog);
    await testAndSave(app, dialog);

    expect(app.main.callsTo('integrations:rotate')).toEqual([
      rotation(integration, credentials, config),
    ]);
    expect(rendererState(app.queryClient)).not.toContain(secret);
  });

  it('checks the bound settings before sending the key anywhere', async () => {
    const app = setup(boundOpenAi());
    const dialog = await openRotateDialog(app, 'Team LLM');
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
    const dialog = await openRotateDialog(app, 'Team LLM');
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
    const dialog = await openRotateDialog(app, 'Team LLM', 'es');
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
