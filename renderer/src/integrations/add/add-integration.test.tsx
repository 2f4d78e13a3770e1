// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';
import type { CreateIntegrationInput, Integration } from '../../../../shared/integration.ts';
import type { ProviderType } from '../../../../shared/providers.ts';
import { listOf, makeIntegration, signedIn } from '../../test-support/fake-main.ts';
import type { RenderedApp } from '../../test-support/render-app.tsx';
import { renderApp, rendererState } from '../../test-support/render-app.tsx';
import { serviceAccountJson } from '../../test-support/service-account.ts';

afterEach(cleanup);

const OPENAI_CANARY = 'sk-proj-CANARYaddFormOpenAi00000000001';
const AWS_CANARY = 'CANARYawsSecretAccessKey0000000000000000';
const AZURE_CANARY = 'CANARY-azure-client-secret';

type CreateReply = ReturnType<NonNullable<Parameters<typeof renderApp>[0]['integrations:create']>>;

/**
 * Main with a `create` handler; what it saved is in the list afterwards, as after a refetch.
 * "Save and verify" stores without a test, then tests by id: `integrations:test` answers with
 * the `test` of create's reply.
 */
function appWithCreate(create: (input: CreateIntegrationInput) => unknown) {
  const saved: Integration[] = [];
  const tests = new Map<string, Awaited<CreateReply>['test']>();
  return renderApp({
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf(saved),
    'integrations:create': async (input) => {
      const reply = (await create(input)) as Awaited<CreateReply>;
      saved.push(reply.integration);
      tests.set(reply.integration.id, reply.test);
      return { ...reply, test: null };
    },
    'integrations:test': ({ id }) => tests.get(id)!,
  });
}

/** Main that stores what it is sent as an integration of `type`, without a test. */
const appSavingUntested = (type: ProviderType = 'openai') =>
  appWithCreate((input) => ({
    integration: makeIntegration({ name: input.name, type }),
    test: null,
  }));

/**
 * Opens the "New integration" dialog, picks `provider` (OpenAI is picked to begin with) and fills
 * in each of `fields`: types into the input of that label, replacing what it held, or picks the
 * option of a select.
 */
async function openAndFill(app: RenderedApp, fields: Record<string, string>, provider?: string) {
  await app.user.click(await screen.findByRole('button', { name: 'New integration' }));
  const dialog = screen.getByRole('dialog', { name: 'New integration' });
  if (provider) await app.user.click(within(dialog).getByRole('radio', { name: provider }));
  for (const [label, value] of Object.entries(fields)) {
    const input = within(dialog).getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
    if (input instanceof HTMLSelectElement) {
      await app.user.selectOptions(input, value);
      continue;
    }
    if (input.value) await app.user.clear(input);
    await app.user.type(input, value);
  }
  return dialog;
}

/** Adding an integration of another provider: what the person fills in and what main is sent. */
interface AddCase {
  it: string;
  provider: string;
  type: ProviderType;
  fields: { Name: string } & Record<string, string>;
  secret: string;
  sent: CreateIntegrationInput;
}

describe('adding an integration', () => {
  it('sends OpenAI credentials with "Save and verify", shows the test, and keeps no secret', async () => {
    const app = appWithCreate((input) => ({
      integration: makeIntegration({ name: input.name }),
      test: {
        ok: true,
        latencyMs: 120,
        identity: { organization: 'org-x' },
        errorKind: null,
        reason: 'accepted',
        params: {},
      },
    }));
    const dialog = await openAndFill(app, {
      Name: 'Prod key',
      'API key': OPENAI_CANARY,
      'Organization ID (optional)': 'org-abcdefgh12',
    });
    await app.user.click(within(dialog).getByRole('button', { name: 'Save and verify' }));

    expect(
      await within(dialog).findByText('“Prod key” is saved and its connection works.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Connection works (120 ms)')).toBeTruthy();
    expect(within(dialog).getByText('The provider accepted the credentials.')).toBeTruthy();
    expect(app.main.callsTo('integrations:create')).toEqual([
      {
        type: 'openai',
        name: 'Prod key',
        credentials: { apiKey: OPENAI_CANARY },
        config: { organization: 'org-abcdefgh12' },
        verify: false,
      },
    ]);
    expect(app.main.callsTo('integrations:test')).toHaveLength(1);
    expect(rendererState(app.queryClient)).not.toContain(OPENAI_CANARY);
  });

  it('words a failed verification from its reason code, in the dialog and then in the list row', async () => {
    // What a provider might say: it quotes request input, so it must never reach the screen.
    const providerText = 'No such organization: org-abcdefgh12.';
    const app = appWithCreate((input) => ({
      integration: makeIntegration({
        name: input.name,
        status: 'error',
        errorCode: 'organization_mismatch',
        errorMessage: providerText,
      }),
      test: {
        ok: false,
        latencyMs: 95,
        identity: null,
        errorKind: 'permission_denied',
        reason: 'organization_mismatch',
        params: { host: 'api.openai.com', httpStatus: 401 },
        providerCode: 'invalid_organization',
      },
    }));
    const dialog = await openAndFill(app, {
      Name: 'Wrong org',
      'API key': OPENAI_CANARY,
      'Organization ID (optional)': 'org-abcdefgh12',
    });
    await app.user.click(within(dialog).getByRole('button', { name: 'Save and verify' }));

    const mismatch = 'This key does not belong to the organization set for this integration.';
    expect(
      await within(dialog).findByText(/“Wrong org” is stored, but its test failed/),
    ).toBeTruthy();
    expect(within(dialog).getByText('Connection failed')).toBeTruthy();
    expect(within(dialog).getByText(mismatch)).toBeTruthy();
    expect(within(dialog).getByText('invalid_organization')).toBeTruthy();
    expect(dialog.textContent).not.toContain('No such organization');

    await app.user.click(within(dialog).getByRole('button', { name: 'Keep anyway' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = await screen.findByRole('article', { name: 'Wrong org' });
    await waitFor(() => expect(within(row).getAllByText(mismatch).length).toBeGreaterThan(0));
    expect(row.textContent).not.toContain('No such organization');
    expect(document.body.textContent).not.toContain(providerText);
    expect(rendererState(app.queryClient)).not.toContain(OPENAI_CANARY);
  });

  it('"Save" stores without a test', async () => {
    const app = appSavingUntested();
    const dialog = await openAndFill(app, { Name: 'Untested', 'API key': OPENAI_CANARY });
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/It was not tested/)).toBeTruthy();
    expect(app.main.callsTo('integrations:create')[0]?.verify).toBe(false);
  });

  it('clears the key when main rejects it, keeps the name, and shows why on the field', async () => {
    const app = appWithCreate(() => {
      throw new AppError('invalid_input', 'openai_key_format', { field: 'credentials.apiKey' });
    });
    const dialog = await openAndFill(app, { Name: 'Kept name', 'API key': OPENAI_CANARY });
    await app.user.click(within(dialog).getByRole('button', { name: 'Save and verify' }));

    // Main's validation key in words: under the field and in the error summary.
    const words = 'Enter an OpenAI secret key (it starts with "sk-").';
    await waitFor(() => expect(within(dialog).getAllByText(words).length).toBe(2));
    expect(within(dialog).getByLabelText('API key').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByLabelText<HTMLInputElement>('API key').value).toBe('');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Name').value).toBe('Kept name');
    expect(rendererState(app.queryClient)).not.toContain(OPENAI_CANARY);
  });

  it('validates with the shared schemas before sending anything', async () => {
    const app = appSavingUntested();
    const dialog = await openAndFill(app, { 'API key': 'not-a-key' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Save and verify' }));
    expect(await within(dialog).findByText('Give the integration a name.')).toBeTruthy();
    expect(
      within(dialog).getByText('Enter an OpenAI secret key (it starts with "sk-").'),
    ).toBeTruthy();
    expect(app.main.callsTo('integrations:create')).toEqual([]);
  });

  it('reads a Google key file, previews who it is, sends it parsed and forgets it', async () => {
    const json = await serviceAccountJson({
      private_key_id: 'cafe0000cafe0000cafe0000cafe0000cafe0000',
    });
    const app = appSavingUntested('google_cloud');
    const dialog = await openAndFill(app, { Name: 'Analytics' }, 'Google Cloud');
    const file = new File([json], 'key.json', { type: 'application/json' });
    await app.user.upload(within(dialog).getByLabelText('Load key file'), file);

    expect(
      await within(dialog).findByText(
        'Service account vault-reader@demo-project-42.iam.gserviceaccount.com in project demo-project-42',
      ),
    ).toBeTruthy();
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText('“Analytics” was saved');
    const sent = app.main.callsTo('integrations:create')[0];
    expect(sent?.type).toBe('google_cloud');
    expect(sent?.credentials).toMatchObject({
      client_email: 'vault-reader@demo-project-42.iam.gserviceaccount.com',
    });
    const privateKey = (JSON.parse(json) as { private_key: string }).private_key;
    const state = rendererState(app.queryClient);
    expect(state).not.toContain(privateKey.split('\n')[1]);
    expect(state).not.toContain('cafe0000cafe0000cafe0000cafe0000cafe0000');
  });

  it.each<AddCase>([
    {
      it: 'sends AWS keys with a typed region and no blank session token',
      provider: 'AWS',
      type: 'aws',
      fields: {
        Name: 'Billing',
        'Access key ID': 'AKIAABCDEFGHIJKLMNOP',
        'Secret access key': AWS_CANARY,
        Region: 'eu-south-2',
      },
      secret: AWS_CANARY,
      sent: {
        type: 'aws',
        name: 'Billing',
        credentials: { accessKeyId: 'AKIAABCDEFGHIJKLMNOP', secretAccessKey: AWS_CANARY },
        config: { region: 'eu-south-2' },
        verify: false,
      },
    },
    {
      it: 'maps the Azure cloud choice to its authority host',
      provider: 'Azure',
      type: 'azure',
      fields: {
        Name: 'Gov',
        'Directory (tenant) ID': 'contoso.onmicrosoft.us',
        'Application (client) ID': '11111111-2222-3333-4444-555555555555',
        'Client secret': AZURE_CANARY,
        Cloud: 'Azure US Government',
      },
      secret: AZURE_CANARY,
      sent: {
        type: 'azure',
        name: 'Gov',
        credentials: {
          tenantId: 'contoso.onmicrosoft.us',
          clientId: '11111111-2222-3333-4444-555555555555',
          clientSecret: AZURE_CANARY,
        },
        config: { authorityHost: 'https://login.microsoftonline.us' },
        verify: false,
      },
    },
  ])('$it', async ({ provider, type, fields, secret, sent }) => {
    const app = appSavingUntested(type);
    const dialog = await openAndFill(app, fields, provider);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(`“${fields.Name}” was saved`);
    expect(app.main.callsTo('integrations:create')).toEqual([sent]);
    expect(rendererState(app.queryClient)).not.toContain(secret);
  });
});
