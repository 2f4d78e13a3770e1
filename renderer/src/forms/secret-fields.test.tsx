// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderType } from '../../../shared/providers.ts';
import { PROVIDER_NAMES } from '../providers/provider-meta.ts';
import { listOf, signedIn } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';
import { serviceAccountJson } from '../test-support/service-account.ts';

afterEach(cleanup);

async function openAddDialog(language: 'en' | 'es' = 'en') {
  const app = renderApp(
    { 'session:get-state': () => signedIn(), 'integrations:list': () => listOf([]) },
    language,
  );
  const add = language === 'en' ? 'New integration' : 'Nueva Integración';
  await app.user.click(await screen.findByRole('button', { name: add }));
  return { app, dialog: screen.getByRole('dialog', { name: add }) };
}

describe('secret fields (issue #14 §6)', () => {
  it('show a live hint of what was typed and reveal the key only while pressed', async () => {
    const { app, dialog } = await openAddDialog();
    const key = within(dialog).getByLabelText<HTMLInputElement>('API key');
    await app.user.type(key, 'sk-proj-CANARY0000000000wxyz');
    expect(within(dialog).getByTestId('secret-live-hint').textContent).toBe(
      'Starts with sk-… and ends in …wxyz (28 characters)',
    );
    expect(key.type).toBe('password');
    const reveal = within(dialog).getByRole('button', { name: 'Show API key while pressed' });
    fireEvent.pointerDown(reveal);
    expect(key.type).toBe('text');
    fireEvent.pointerUp(reveal);
    expect(key.type).toBe('password');
    // The whole key is never written anywhere but the field itself.
    expect(dialog.innerHTML).not.toContain('CANARY0000000000');
  });
});

// Written out here rather than read from SECRET_FIELDS, which the form itself uses to decide.
const CREDENTIAL_FIELDS: ReadonlyArray<[ProviderType, Record<string, 'masked' | 'plain'>]> = [
  ['openai', { apiKey: 'masked' }],
  ['azure_openai', { apiKey: 'masked' }],
  ['openai_compatible', { apiKey: 'masked' }],
  ['anthropic', { apiKey: 'masked' }],
  ['gemini', { apiKey: 'masked' }],
  ['mistral', { apiKey: 'masked' }],
  ['aws', { accessKeyId: 'plain', secretAccessKey: 'masked', sessionToken: 'masked' }],
  ['azure', { tenantId: 'plain', clientId: 'plain', clientSecret: 'masked' }],
];

describe('which credential fields are masked', () => {
  it.each(CREDENTIAL_FIELDS)('%s: the secrets and only they', async (type, expected) => {
    const { dialog } = await openAddDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: PROVIDER_NAMES[type] }));
    const inputs = [...dialog.querySelectorAll<HTMLInputElement>('input[name^="credentials."]')];
    const shown = Object.fromEntries(
      inputs.map((input) => [
        input.name.slice('credentials.'.length),
        input.type === 'password' ? 'masked' : 'plain',
      ]),
    );
    expect(shown).toEqual(expected);
  });
});

describe('the Google key file', () => {
  it('has a translated drop zone, and collapses a dropped file to its owner with the key masked', async () => {
    const json = await serviceAccountJson();
    const { dialog } = await openAddDialog('es');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Google Cloud' }));
    const zone = await within(dialog).findByRole('button', {
      name: 'Suelta aquí el archivo .json de la cuenta de servicio o haz clic para elegirlo',
    });
    const file = new File([json], 'clave.json', { type: 'application/json' });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    const preview = await within(dialog).findByTestId('service-account-preview');
    expect(
      within(preview).getByText('vault-reader@demo-project-42.iam.gserviceaccount.com'),
    ).toBeTruthy();
    expect(within(preview).getByText(/oculta/)).toBeTruthy();
    expect(within(dialog).queryByRole('textbox')?.tagName).not.toBe('TEXTAREA');
    const privateKey = (JSON.parse(json) as { private_key: string }).private_key;
    expect(dialog.innerHTML).not.toContain(privateKey.split('\n')[1]);
  });

  it('asks before Escape throws a dropped key file away', async () => {
    const json = await serviceAccountJson();
    const { app, dialog } = await openAddDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Google Cloud' }));
    const zone = await within(dialog).findByRole('button', { name: /Drop the service account/ });
    fireEvent.drop(zone, {
      dataTransfer: { files: [new File([json], 'key.json', { type: 'application/json' })] },
    });
    await within(dialog).findByTestId('service-account-preview');
    // Browsers fire `cancel` on a modal dialog for Escape (happy-dom does not map the key).
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    const ask = await within(dialog).findByRole('alertdialog', { name: 'Discard the key file?' });
    await app.user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByTestId('service-account-preview')).toBeTruthy();
    // Browsers fire `cancel` on a modal dialog for Escape (happy-dom does not map the key).
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await app.user.click(
      within(await within(dialog).findByRole('alertdialog')).getByRole('button', {
        name: 'Discard',
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a file that is not .json, in words', async () => {
    const { dialog } = await openAddDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Google Cloud' }));
    const zone = await within(dialog).findByRole('button', { name: /Drop the service account/ });
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['x'], 'key.pem')] } });
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'That file is not a .json file.',
    );
  });
});
