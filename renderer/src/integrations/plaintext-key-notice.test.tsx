// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { Language } from '../preferences/i18n.ts';
import { description } from '../test-support/described-by.ts';
import type { FakeHandlers } from '../test-support/fake-main.ts';
import { listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { renderApp, rendererState } from '../test-support/render-app.tsx';
import { rotation, testAndSave } from '../test-support/rotate-dialog.ts';

/*
 * Keys an older version stored in plain text (moved into the vault by the upgrade migration)
 * are flagged until they are rotated: in the list, and on the integration's page, where the
 * notice opens the rotate dialog and, once the new key is saved, says to revoke the old one.
 */

afterEach(cleanup);

const CANARY = 'sk-proj-CANARYplaintextNotice0000000000011';
const TITLE = 'Key stored unencrypted by an older version';
const passed: ConnectionTestResult = {
  ok: true,
  latencyMs: 60,
  identity: null,
  errorKind: null,
  reason: 'accepted',
  params: {},
};
const rejected: ConnectionTestResult = {
  ok: false,
  latencyMs: 60,
  identity: null,
  errorKind: 'invalid_credentials',
  reason: 'key_rejected',
  params: { host: 'api.openai.com', httpStatus: 401 },
};

const legacy = () =>
  makeIntegration({ name: 'Legacy OpenAI', credentialsMigrated: true, credentialsVersion: 1 });
const rotatedSinceUpgrade = () =>
  makeIntegration({
    name: 'Rotated AWS',
    type: 'aws',
    credentialHint: 'AKIAIOSFODNN7EXAMPLE',
    credentialsMigrated: true,
    credentialsVersion: 2,
  });
const createdEncrypted = () =>
  makeIntegration({ name: 'Fresh Azure', type: 'azure', credentialsMigrated: false });

/** Main's list over one mutable state, so a saved rotation shows up on the next refetch. */
function setup(initial: Integration[], handlers: FakeHandlers = {}, language?: Language) {
  let integrations = initial;
  const app = renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf(integrations),
      'integrations:rotate': ({ id }) => {
        const rotated = integrations.find((i) => i.id === id);
        if (!rotated) throw new Error('unknown integration');
        const next = { ...rotated, credentialsVersion: rotated.credentialsVersion + 1 };
        integrations = integrations.map((i) => (i.id === id ? next : i));
        return { integration: next, test: passed, saved: true };
      },
      ...handlers,
    },
    language,
  );
  return app;
}

const row = async (name: string) =>
  (await screen.findAllByTestId('integration-row')).find(
    (element) => element.dataset.integrationName === name,
  ) as HTMLElement;

describe('the plaintext-key notice in the list', () => {
  it('flags only migrated integrations never rotated since the upgrade', async () => {
    setup([legacy(), rotatedSinceUpgrade(), createdEncrypted()]);

    const note = within(await row('Legacy OpenAI')).getByRole('note', { name: TITLE });
    expect(description(note)).toBe(
      'Rotate this key: create a new one at OpenAI, enter it on its page, then revoke the old one.',
    );
    expect(within(await row('Rotated AWS')).queryByRole('note')).toBeNull();
    expect(within(await row('Fresh Azure')).queryByRole('note')).toBeNull();
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getAllByText(TITLE)).toHaveLength(1);
  });

  it('leads to the integration’s page, even offline', async () => {
    const integration = legacy();
    const app = setup([integration], {
      'integrations:list': () => listOf([integration], 'cache'),
    });
    await app.user.click(
      await screen.findByRole('button', { name: 'Rotate key of Legacy OpenAI' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Legacy OpenAI' })).toBeTruthy();
    expect(screen.getByRole('region', { name: TITLE })).toBeTruthy();
  });
});

describe('the plaintext-key notice on the integration’s page', () => {
  async function openDetail(app: ReturnType<typeof setup>, manage: string) {
    await app.user.click(await screen.findByRole('button', { name: manage }));
    await screen.findByRole('heading', { level: 1 });
  }

  it('opens the rotate dialog, then asks to revoke the old key once the new one is saved', async () => {
    const integration = legacy();
    const app = setup([integration]);
    await openDetail(app, 'Manage Legacy OpenAI');

    const notice = screen.getByRole('region', { name: TITLE });
    expect(description(notice)).toContain('database backups made before the upgrade');
    expect(description(notice)).toContain(
      'Rotate this key: create a new one at OpenAI, enter it here, then revoke the old one.',
    );
    await app.user.click(within(notice).getByRole('button', { name: 'Rotate key' }));

    const dialog = screen.getByRole('dialog', { name: 'Rotate credentials for “Legacy OpenAI”' });
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    await testAndSave(app, dialog);
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      rotation(integration, { apiKey: CANARY }, {}),
    ]);

    // Main now lists version 2: the notice turns into the last step, revoking the old key.
    const done = await screen.findByRole('region', { name: 'New key saved' });
    expect(description(done)).toBe(
      'Last step: revoke the old key at OpenAI, so the copy in old backups stops working.',
    );
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
    await app.user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The button that opened the dialog is gone: focus lands on the notice, not on <body>.
    expect(document.activeElement).toBe(done);
    expect(rendererState(app.queryClient)).not.toContain(CANARY);

    // Gone for good once the page is left: the key is rotated.
    await app.user.click(screen.getByRole('button', { name: 'Back to integrations' }));
    await app.user.click(await screen.findByRole('button', { name: 'Manage Legacy OpenAI' }));
    await screen.findByRole('heading', { level: 1, name: 'Legacy OpenAI' });
    expect(screen.queryByTestId('plaintext-notice')).toBeNull();
  });

  it('stays while the new key failed its test and was not saved', async () => {
    const integration = legacy();
    const app = setup([integration], {
      'integrations:rotate': () => ({ integration, test: rejected, saved: false }),
    });
    await openDetail(app, 'Manage Legacy OpenAI');
    await app.user.click(screen.getByRole('button', { name: 'Rotate key' }));
    const dialog = screen.getByRole('dialog');
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));
    expect(await within(dialog).findByText(/were not saved/)).toBeTruthy();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(screen.getByRole('region', { name: TITLE })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'New key saved' })).toBeNull();
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
  });

  it.each([
    ['Rotated AWS', rotatedSinceUpgrade],
    ['Fresh Azure', createdEncrypted],
  ])('is absent for %s', async (name, make) => {
    const app = setup([make()]);
    await openDetail(app, `Manage ${name}`);
    expect(screen.queryByTestId('plaintext-notice')).toBeNull();
    expect(screen.queryByText(TITLE)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rotate key' })).toBeNull();
  });

  it('disables its button offline and says why', async () => {
    const integration = legacy();
    const app = setup([integration], {
      'integrations:list': () => listOf([integration], 'cache'),
    });
    await openDetail(app, 'Manage Legacy OpenAI');
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Rotate key' });
    expect(button.disabled).toBe(true);
    expect(description(button)).toBe(
      'Not available offline: changes and connection tests need the server.',
    );
  });

  it('speaks Spanish in the list and on the page', async () => {
    const app = setup([legacy()], {}, 'es');
    const note = within(await row('Legacy OpenAI')).getByRole('note', {
      name: 'Clave guardada sin cifrar por una versión anterior',
    });
    expect(description(note)).toBe(
      'Rota esta clave: crea una nueva en OpenAI, introdúcela en su página y después revoca la antigua.',
    );
    await app.user.click(screen.getByRole('button', { name: 'Rotar clave de Legacy OpenAI' }));
    const notice = await screen.findByRole('region', {
      name: 'Clave guardada sin cifrar por una versión anterior',
    });
    await app.user.click(within(notice).getByRole('button', { name: 'Rotar clave' }));
    expect(
      screen.getByRole('dialog', { name: 'Rotar credenciales de «Legacy OpenAI»' }),
    ).toBeTruthy();
  });
});
