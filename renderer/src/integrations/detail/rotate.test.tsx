// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import type { Language } from '../../preferences/i18n.ts';
import { testResultEs } from '../../preferences/locales/test-result.es.ts';
import { listOf, makeIntegration, signedIn } from '../../test-support/fake-main.ts';
import { renderApp, rendererState } from '../../test-support/render-app.tsx';
import { openRotateDialog, rotation } from '../../test-support/rotate-dialog.ts';

afterEach(cleanup);

const CANARY = 'sk-proj-CANARYrotateDialog00000000000002';
const failed: ConnectionTestResult = {
  ok: false,
  latencyMs: 90,
  identity: null,
  errorKind: 'invalid_credentials',
  reason: 'key_rejected',
  params: { host: 'api.openai.com', httpStatus: 401 },
  providerCode: 'invalid_api_key',
  requestId: 'req_0123456789abcdef',
};
/** The settings bound to the key, as stored: they go out again with the new key. */
const STORED_CONFIG = { organization: 'org-abcdefgh12', project: 'proj_abcdefgh12' };
const KEY_REJECTED =
  'The provider rejected the key. It may have been deleted, or it was copied incompletely.';
const passed: ConnectionTestResult = {
  ok: true,
  latencyMs: 80,
  identity: null,
  errorKind: null,
  reason: 'accepted',
  params: {},
};

/** Main whose connection test of the new credentials gives `test` (by default it fails). */
function setup(language?: Language, test = failed) {
  const integration = makeIntegration({ name: 'Prod OpenAI', config: STORED_CONFIG });
  const app = renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
      // Kept when the test passes; "Save anyway" stores the credentials regardless.
      'integrations:rotate': (input) => ({
        integration,
        test,
        saved: test.ok || Boolean(input.saveAnyway),
      }),
    },
    language,
  );
  return { app, integration };
}

describe('rotating credentials', () => {
  it('shows a failed test, keeps the secret for "Save anyway", resends it, then clears it', async () => {
    const { app, integration } = setup();
    const dialog = await openRotateDialog(app, 'Prod OpenAI');
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    expect(await within(dialog).findByText(/failed the test and were not saved/)).toBeTruthy();
    // The result in the app's own words, from the reason code and its structured facts.
    expect(within(dialog).getByText('The provider rejected these credentials.')).toBeTruthy();
    expect(within(dialog).getByText(KEY_REJECTED)).toBeTruthy();
    const details = within(dialog).getByLabelText('Details');
    expect(within(details).getByText('401')).toBeTruthy();
    expect(within(details).getByText('invalid_api_key')).toBeTruthy();
    expect(within(details).getByText('req_0123456789abcdef')).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>('API key').value).toBe(CANARY);

    await app.user.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      rotation(integration, { apiKey: CANARY }, STORED_CONFIG),
      rotation(integration, { apiKey: CANARY }, STORED_CONFIG, true),
    ]);
    expect(within(dialog).getByText(KEY_REJECTED)).toBeTruthy();
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('words a failed test in Spanish from its reason code', async () => {
    const { app } = setup('es');
    const dialog = await openRotateDialog(app, 'Prod OpenAI', 'es');
    await app.user.type(within(dialog).getByLabelText('Clave de API'), CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Probar y guardar' }));

    expect(await within(dialog).findByText(testResultEs.reason.key_rejected)).toBeTruthy();
    expect(within(dialog).getByText(testResultEs.kind.invalid_credentials)).toBeTruthy();
    expect(within(dialog).queryByText(KEY_REJECTED)).toBeNull();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
  });

  it('forgets a typed secret when the dialog is dismissed', async () => {
    const { app } = setup();
    const dialog = await openRotateDialog(app, 'Prod OpenAI');
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    // Browsers fire `cancel` on a modal dialog for Escape (happy-dom does not map the key).
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
    expect(app.main.callsTo('integrations:rotate')).toEqual([]);
  });

  it('says so when the new credentials pass and are saved', async () => {
    const { app } = setup('en', passed);
    const dialog = await openRotateDialog(app, 'Prod OpenAI');
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));
    expect(await within(dialog).findByText('Connection works (80 ms)')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Save anyway' })).toBeNull();
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
  });
});
