import type { ProviderType } from '../../shared/providers.ts';
import type { AppHarness } from './harness/app-harness.ts';
import { expect, test } from './harness/app-fixture.ts';
import type { AppUi } from './pages/app-ui.ts';

/*
 * The integration lifecycle through the UI, against the real main-process services, the local
 * Supabase (Vault included) and the provider stand-ins, which check every secret they receive.
 */

const PROVIDERS: { type: ProviderType; name: string }[] = [
  { type: 'openai', name: 'Production OpenAI' },
  { type: 'google_cloud', name: 'Analytics on Google Cloud' },
  { type: 'aws', name: 'AWS billing' },
  { type: 'azure', name: 'Azure subscriptions' },
];

async function signedIn(app: AppHarness, ui: AppUi): Promise<void> {
  await app.open();
  await ui.auth.signUp(app.newUser());
  await expect(ui.list.heading).toBeVisible();
}

test('add one integration of each provider and see each connect', async ({ app, ui }) => {
  await signedIn(app, ui);
  for (const { type, name } of PROVIDERS) {
    await ui.list.openAddDialog();
    await ui.add.fill(name, app.accounts.working(type).form);
    await ui.add.saveAndVerify();
    await ui.add.expectSaved(name);
    await expect(ui.add.result).toContainText(ui.t().testOk);
    await ui.add.done();
    await ui.list.expectStatus(name, 'connected');
  }
  await expect(ui.list.rows).toHaveCount(PROVIDERS.length);
  // The row names who the provider saw, never the secret: the key hint is made to be shown.
  await expect(ui.list.row('Production OpenAI')).toContainText('sk-…');
});

test('a wrong key shows its error in plain words', async ({ app, ui }) => {
  await signedIn(app, ui);
  await ui.list.openAddDialog();
  await ui.add.fill('Typo key', app.accounts.wrong('openai').form);
  await ui.add.saveAndVerify();
  await ui.add.expectTestFailed('Typo key');
  await expect(ui.add.result).toContainText(ui.t().testFailed);
  await expect(ui.add.result).toContainText(ui.t().invalidCredentials);
  await expect(ui.add.result).toContainText(ui.t().keyRejected);
  // Plain words and structured facts: no provider text, JSON bodies or stack traces.
  await expect(ui.add.result).not.toContainText(/Incorrect API key|[{}]|Error:|at \w+ \(/);
  await ui.add.keepAnyway();
  await ui.add.done();

  await ui.list.expectStatus('Typo key', 'error');
  await expect(ui.list.row('Typo key')).toContainText(ui.t().keyRejected);
});

test('rotate: failing credentials are not saved, working ones replace the old', async ({
  app,
  ui,
}) => {
  await signedIn(app, ui);
  const name = 'Rotated OpenAI';
  await ui.add.add(name, app.accounts.wrong('openai').form, { verify: false });
  await ui.list.expectStatus(name, 'unverified');
  await ui.list.manage(name);
  await expect(ui.detail.heading(name)).toBeVisible();

  await ui.detail.rotate(name, app.accounts.wrong('openai').form);
  const dialog = ui.detail.rotateDialog(name);
  await expect(dialog.getByText(ui.t().rotateNotSaved)).toBeVisible();
  await expect(dialog).toContainText(ui.t().invalidCredentials);
  await expect(dialog.getByRole('button', { name: ui.t().saveAnyway })).toBeEnabled();
  await ui.detail.closeRotate(name, 'cancel');
  await ui.detail.expectStatus('unverified');

  const working = app.accounts.working('openai');
  await ui.detail.rotate(name, working.form);
  await expect(dialog.getByText(ui.t().rotateSaved)).toBeVisible();
  await expect(dialog.locator('.test-result')).toContainText(ui.t().testOk);
  await ui.detail.closeRotate(name, 'done');
  await ui.detail.expectStatus('connected');
  // The hint now names the new key's last four characters.
  await expect(ui.page.getByRole('main')).toContainText(`sk-…${working.form.apiKey.slice(-4)}`);
});

test('test all: every enabled integration is tested and a revoked key is reported', async ({
  app,
  ui,
}) => {
  await signedIn(app, ui);
  const google = app.accounts.working('google_cloud');
  await ui.add.add('OpenAI', app.accounts.working('openai').form, { verify: false });
  await ui.add.add('AWS', app.accounts.working('aws').form, { verify: false });
  await ui.add.add('Google', google.form, { verify: false });
  for (const name of ['OpenAI', 'AWS', 'Google']) await ui.list.expectStatus(name, 'unverified');

  await ui.list.testAll();
  await expect(ui.list.testAllSummary(3, 3, 0)).toBeVisible();
  for (const name of ['OpenAI', 'AWS', 'Google']) await ui.list.expectStatus(name, 'connected');

  // The service account's key is deleted at Google: the next round says so.
  google.revoke();
  await ui.list.testAll();
  await expect(ui.list.testAllSummary(3, 2, 1)).toBeVisible();
  await ui.list.expectStatus('Google', 'error');
  await ui.list.expectStatus('OpenAI', 'connected');
  // The reason main sent (service_account_not_found), in the page's words.
  await expect(ui.list.row('Google')).toContainText('Google does not know this service account');
});

test('disable: a disabled integration cannot be tested and test all skips it', async ({
  app,
  ui,
}) => {
  await signedIn(app, ui);
  await ui.add.add('Kept', app.accounts.working('aws').form);
  await ui.add.add('Paused', app.accounts.working('azure').form);
  await ui.list.manage('Paused');
  await ui.detail.disable();
  await ui.detail.expectStatus('disabled');
  await expect(ui.detail.button('enable')).toBeVisible();
  await expect(ui.detail.button('test')).toBeDisabled();
  await ui.detail.back();

  await ui.list.expectStatus('Paused', 'disabled');
  await expect(ui.list.testButton('Paused')).toBeDisabled();
  await ui.list.testAll();
  await expect(ui.list.testAllSummary(1, 1, 0)).toBeVisible();
  await ui.list.expectStatus('Paused', 'disabled');

  await ui.list.manage('Paused');
  await ui.detail.button('enable').click();
  await expect(ui.detail.button('disable')).toBeVisible();
  await expect(ui.detail.status).not.toHaveAttribute('data-status', 'disabled');
  await expect(ui.detail.button('test')).toBeEnabled();
});

test('delete: typing the name confirms, and the integration is gone', async ({ app, ui }) => {
  await signedIn(app, ui);
  await ui.add.add('Old key', app.accounts.working('openai').form);
  await ui.list.manage('Old key');
  await ui.detail.delete('Old key');

  await expect(ui.list.heading).toBeVisible();
  await expect(ui.list.row('Old key')).toHaveCount(0);
  await expect(ui.list.emptyAction).toBeVisible();
  // Gone on the server too, not only from the screen.
  await app.restart();
  await expect(ui.list.emptyAction).toBeVisible();
});
