// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import { listOf, makeIntegration, signedIn } from '../../test-support/fake-main.ts';
import { renderApp, rendererState } from '../../test-support/render-app.tsx';

afterEach(cleanup);

const CANARY = 'sk-proj-CANARYrotateDialog00000000000002';
const failed: ConnectionTestResult = {
  ok: false,
  latencyMs: 90,
  identity: null,
  errorKind: 'invalid_credentials',
  message: 'The provider answered 401.',
};
const passed: ConnectionTestResult = {
  ok: true,
  latencyMs: 80,
  identity: null,
  errorKind: null,
  message: '',
};

function setup() {
  const integration = makeIntegration({ name: 'Prod OpenAI' });
  const app = renderApp({
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf([integration]),
    'integrations:events': () => [],
    'integrations:rotate': (input) => ({
      integration,
      test: input.saveAnyway ? failed : failed,
      saved: Boolean(input.saveAnyway),
    }),
  });
  return { app, integration };
}

async function openRotate(app: ReturnType<typeof renderApp>) {
  await app.user.click(await screen.findByRole('button', { name: 'Manage Prod OpenAI' }));
  await app.user.click(screen.getByRole('button', { name: 'Rotate credentials' }));
  return screen.getByRole('dialog', { name: 'Rotate credentials for “Prod OpenAI”' });
}

describe('rotating credentials', () => {
  it('shows a failed test, keeps the secret for "Save anyway", resends it, then clears it', async () => {
    const { app, integration } = setup();
    const dialog = await openRotate(app);
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));

    expect(await within(dialog).findByText(/failed the test and were not saved/)).toBeTruthy();
    expect(within(dialog).getByText('The provider rejected these credentials.')).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>('API key').value).toBe(CANARY);

    await app.user.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
    expect(app.main.callsTo('integrations:rotate')).toEqual([
      {
        id: integration.id,
        type: 'openai',
        credentials: { apiKey: CANARY },
        config: {},
        saveAnyway: false,
      },
      {
        id: integration.id,
        type: 'openai',
        credentials: { apiKey: CANARY },
        config: {},
        saveAnyway: true,
      },
    ]);
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('forgets a typed secret when the dialog is dismissed', async () => {
    const { app } = setup();
    const dialog = await openRotate(app);
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    // Browsers fire `cancel` on a modal dialog for Escape (happy-dom does not map the key).
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
    expect(app.main.callsTo('integrations:rotate')).toEqual([]);
  });

  it('says so when the new credentials pass and are saved', async () => {
    const integration = makeIntegration({ name: 'Prod OpenAI' });
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([integration]),
      'integrations:events': () => [],
      'integrations:rotate': () => ({ integration, test: passed, saved: true }),
    });
    const dialog = await openRotate(app);
    await app.user.type(within(dialog).getByLabelText('API key'), CANARY);
    await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));
    expect(await within(dialog).findByText('Connection works (80 ms)')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Save anyway' })).toBeNull();
    expect(rendererState(app.queryClient)).not.toContain(CANARY);
  });
});
