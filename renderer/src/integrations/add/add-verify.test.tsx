// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../preferences/i18n.ts';
import { createFakeVault, passed, rejected } from '../../test-support/fake-vault.ts';
import { renderApp, rendererState } from '../../test-support/render-app.tsx';

afterEach(cleanup);

const TYPO_KEY = 'sk-proj-CANARYaddVerifyTypo00000000001';
const GOOD_KEY = 'sk-proj-CANARYaddVerifyGood00000000001';

/** A provider that accepts only GOOD_KEY. */
const onlyTheGoodKey = (credentials: unknown) =>
  (credentials as { apiKey: string }).apiKey === GOOD_KEY ? passed() : rejected();

async function startAdding(language: Language = 'en') {
  const vault = createFakeVault(onlyTheGoodKey);
  const app = renderApp(vault.handlers, language);
  const words =
    language === 'en'
      ? { add: 'New integration', name: 'Name', key: 'API key', verify: 'Save and verify' }
      : {
          add: 'Nueva Integración',
          name: 'Nombre',
          key: 'Clave de API',
          verify: 'Guardar y Verificar',
        };
  await app.user.click(await screen.findByRole('button', { name: words.add }));
  const dialog = screen.getByRole('dialog', { name: words.add });
  const fill = async (name: string | null, key: string) => {
    if (name !== null) {
      await app.user.clear(within(dialog).getByLabelText(words.name));
      await app.user.type(within(dialog).getByLabelText(words.name), name);
    }
    await app.user.type(within(dialog).getByLabelText(words.key), key);
  };
  const button = (name: string) => within(dialog).getByRole('button', { name });
  const verify = () => app.user.click(button(words.verify));
  return { app, vault, dialog, fill, button, verify };
}

/** Adds `name` with a key the provider rejects, and waits for the form to say its test failed. */
async function failFirstTest(name: string) {
  const adding = await startAdding();
  await adding.fill(name, TYPO_KEY);
  await adding.verify();
  await within(adding.dialog).findByText(/is stored, but its test failed/);
  return adding;
}

describe('"Save and verify" with a key that fails its test', () => {
  it('stays on the form with the result and the key field marked', async () => {
    const { app, vault, dialog, fill, verify } = await startAdding();
    await fill('Typo', TYPO_KEY);
    await verify();

    expect(await within(dialog).findByText(/“Typo” is stored, but its test failed/)).toBeTruthy();
    expect(within(dialog).getByText('Connection failed')).toBeTruthy();
    expect(within(dialog).getByText('The provider rejected these credentials.')).toBeTruthy();
    const key = within(dialog).getByLabelText<HTMLInputElement>('API key');
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(key.value).toBe('');
    expect(
      within(dialog).getByText('The test failed with this value. Enter it again.'),
    ).toBeTruthy();
    expect(within(dialog).queryByText(/Saved/)).toBeNull();
    // Stored as OpenAI: a retry rotates that integration, so the provider is fixed.
    expect(within(dialog).getByRole('group', { name: 'Provider' })).toHaveProperty(
      'disabled',
      true,
    );
    // Stored once, without a test of its own: the test ran by id, so it could be cancelled.
    expect(app.main.callsTo('integrations:create')).toMatchObject([{ verify: false }]);
    expect(app.main.callsTo('integrations:test')).toEqual([{ id: vault.integrations[0]!.id }]);
    expect(rendererState(app.queryClient)).not.toContain(TYPO_KEY);
  });

  it('"Fix and test again" rotates the same integration: one entry, then "Saved"', async () => {
    const { app, vault, dialog, fill, button } = await failFirstTest('Prod');

    await fill(null, GOOD_KEY);
    await app.user.click(button('Fix and test again'));

    expect(
      await within(dialog).findByText('“Prod” is saved and its connection works.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Saved')).toBeTruthy();
    expect(vault.integrations).toHaveLength(1);
    expect(vault.integrations[0]).toMatchObject({ name: 'Prod', status: 'connected' });
    const [rotation] = app.main.callsTo('integrations:rotate');
    expect(rotation).toMatchObject({ id: vault.integrations[0]!.id, saveAnyway: true });
    expect(app.main.callsTo('integrations:create')).toHaveLength(1);
    expect(rendererState(app.queryClient)).not.toContain(GOOD_KEY);
  });

  it('a retry under a new name renames the integration rather than adding one', async () => {
    const { app, vault, dialog, fill, button } = await failFirstTest('Tpyo');
    await fill('Typo fixed', GOOD_KEY);
    await app.user.click(button('Fix and test again'));
    await within(dialog).findByText('“Typo fixed” is saved and its connection works.');
    expect(vault.integrations.map((integration) => integration.name)).toEqual(['Typo fixed']);
    expect(app.main.callsTo('integrations:update')).toEqual([
      { id: vault.integrations[0]!.id, name: 'Typo fixed' },
    ]);
  });

  it('a second failure stays on the form again', async () => {
    const { app, vault, dialog, fill, button } = await failFirstTest('Twice');
    await fill(null, `${TYPO_KEY}2`);
    await app.user.click(button('Fix and test again'));
    await waitFor(() => expect(app.main.callsTo('integrations:rotate')).toHaveLength(1));
    expect(await within(dialog).findByText(/is stored, but its test failed/)).toBeTruthy();
    expect(vault.integrations).toHaveLength(1);
  });

  it('"Keep anyway" closes as saved, and the list shows it as Error', async () => {
    const { app, dialog, button } = await failFirstTest('Kept');
    await app.user.click(button('Keep anyway'));

    expect(await within(dialog).findByText(/“Kept” is saved as it is/)).toBeTruthy();
    await app.user.click(button('Done'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = await screen.findByRole('article', { name: 'Kept' });
    await waitFor(() => expect(row.getAttribute('data-status')).toBe('error'));
  });

  it('"Discard" deletes what was stored and closes', async () => {
    const { app, vault, button } = await failFirstTest('Unwanted');
    const { id } = vault.integrations[0]!;
    await app.user.click(button('Discard'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.main.callsTo('integrations:delete')).toEqual([{ id }]);
    expect(vault.integrations).toEqual([]);
  });

  it('a passing first test closes with "Saved"', async () => {
    const { dialog, fill, verify } = await startAdding();
    await fill('Good', GOOD_KEY);
    await verify();
    expect(
      await within(dialog).findByText('“Good” is saved and its connection works.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Connection works (120 ms)')).toBeTruthy();
  });
});

describe('cancelling "Save and verify" while the test runs', () => {
  it.each([
    ['the Cancel button', 'cancel'],
    ['the × button', 'close'],
    ['Escape', 'escape'],
  ] as const)('with %s keeps the integration unverified and says so', async (_how, how) => {
    const { app, vault, dialog, fill, button, verify } = await startAdding();
    vault.hold();
    await fill('Slow', GOOD_KEY);
    await verify();
    expect(await within(dialog).findByText('Testing the connection…')).toBeTruthy();

    if (how === 'cancel') await app.user.click(button('Cancel'));
    else if (how === 'close') await app.user.click(button('Close'));
    // Browsers fire `cancel` on a modal dialog for Escape (happy-dom does not map the key).
    else fireEvent(dialog, new Event('cancel', { cancelable: true }));

    expect(await within(dialog).findByText('Saved without verifying')).toBeTruthy();
    expect(
      within(dialog).getByText(/You cancelled the test. “Slow” is stored, not verified/),
    ).toBeTruthy();
    expect(app.main.callsTo('integrations:cancel-test')).toEqual([
      { id: vault.integrations[0]!.id },
    ]);
    expect(vault.integrations[0]?.status).toBe('unverified');
    expect(within(dialog).queryByText('Connection failed')).toBeNull();
  });
});

describe('in Spanish', () => {
  it('offers "Corregir y volver a probar", "Guardar de todos modos" and "Descartar"', async () => {
    const { dialog, fill, button, verify } = await startAdding('es');
    await fill('Errata', TYPO_KEY);
    await verify();
    expect(
      await within(dialog).findByText(/«Errata» está almacenada, pero su prueba falló/),
    ).toBeTruthy();
    expect(button('Corregir y volver a probar')).toBeTruthy();
    expect(button('Guardar de todos modos')).toBeTruthy();
    expect(button('Descartar')).toBeTruthy();
  });
});
