// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  STORED_URL,
  boundAws,
  boundAzure,
  boundOpenAi,
  description,
  renderWithIntegration as setup,
} from '../../test-support/bound-settings.ts';
import type { renderApp } from '../../test-support/render-app.tsx';

/*
 * Bound settings (OpenAI base URL, organization and project, AWS region, Azure cloud) travel with
 * the key to the provider: main refuses them in a settings edit, so the settings form only shows
 * them and edits the name. The rotate dialog edits them (rotate-bound-settings.test.tsx).
 */

afterEach(cleanup);

async function openDetail(app: ReturnType<typeof renderApp>, manage: string) {
  await app.user.click(await screen.findByRole('button', { name: manage }));
  return screen.getByRole('region', { name: /Name and options|Nombre y opciones/ });
}

/** The inputs of a form that a person can type into. */
function editableInputs(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>('input, select, textarea')]
    .filter((input) => !input.readOnly && !input.disabled && input.type !== 'hidden')
    .map((input) => input.labels?.[0]?.textContent ?? input.name);
}

describe('bound settings in the settings form', () => {
  it('shows the OpenAI base URL, organization and project read-only and renames without them', async () => {
    const integration = boundOpenAi();
    const app = setup(integration);
    const form = await openDetail(app, 'Manage Team LLM');
    const shown = {
      'Base URL': STORED_URL,
      'Organization ID': 'org-abcdefgh12',
      'Project ID': 'proj_abcdefgh12',
    };
    for (const [label, value] of Object.entries(shown)) {
      const input = within(form).getByLabelText<HTMLInputElement>(label);
      expect(input.readOnly).toBe(true);
      expect(input.value).toBe(value);
      expect(description(input)).toContain('change only together with them');
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
    const name = within(form).getByLabelText('Name');
    await app.user.clear(name);
    await app.user.type(name, 'Team LLM (prod)');
    await app.user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: integration.id, name: 'Team LLM (prod)' },
    ]);
  });

  it('shows the AWS region read-only and leaves it out of a rename', async () => {
    const integration = boundAws();
    const app = setup(integration);
    const form = await openDetail(app, 'Manage Billing');
    const region = within(form).getByLabelText<HTMLInputElement>('Region');
    expect(region.readOnly).toBe(true);
    expect(region.value).toBe('eu-west-3');
    expect(editableInputs(form)).toEqual(['Name']);

    const name = within(form).getByLabelText('Name');
    await app.user.clear(name);
    await app.user.type(name, 'Billing (prod)');
    await app.user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: integration.id, name: 'Billing (prod)' },
    ]);
  });

  it('shows the Azure cloud read-only and leaves the settings out of a rename', async () => {
    const integration = boundAzure();
    const app = setup(integration);
    const form = await openDetail(app, 'Manage Gov Azure');
    const cloud = within(form).getByLabelText<HTMLInputElement>('Cloud');
    expect(cloud.readOnly).toBe(true);
    expect(cloud.value).toBe('Azure US Government');
    expect(editableInputs(form)).toEqual(['Name']);

    const name = within(form).getByLabelText('Name');
    await app.user.clear(name);
    await app.user.type(name, 'Gov Azure (prod)');
    await app.user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: integration.id, name: 'Gov Azure (prod)' },
    ]);
  });

  it('offers "Change with new credentials", opening the rotate dialog prefilled and editable', async () => {
    const app = setup(boundOpenAi());
    const form = await openDetail(app, 'Manage Team LLM');
    const [, organizationChange] = within(form).getAllByRole('button', {
      name: 'Change with new credentials',
    });
    await app.user.click(organizationChange!);
    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Team LLM”' });
    const prefilled = {
      'Base URL (optional)': STORED_URL,
      'Organization ID (optional)': 'org-abcdefgh12',
      'Project ID (optional)': 'proj_abcdefgh12',
    };
    for (const [label, value] of Object.entries(prefilled)) {
      const input = within(dialog).getByLabelText<HTMLInputElement>(label);
      expect(input.readOnly).toBe(false);
      expect(input.value).toBe(value);
    }
    expect(within(dialog).getByLabelText<HTMLInputElement>('API key').value).toBe('');
  });

  it('shows the read-only settings and their hint in Spanish', async () => {
    const app = setup(boundOpenAi(), {}, 'es');
    const form = await openDetail(app, 'Administrar Team LLM');
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
