import type { AppHarness } from './harness/app-harness.ts';
import { expect, test } from './harness/app-fixture.ts';
import type { AppUi } from './pages/app-ui.ts';

/*
 * "Save and verify" with a key that fails (issue #14 §1), against the real main-process services,
 * the local Supabase and the provider stand-ins: the dialog stays on the form, a fix rotates the
 * same integration, "Keep anyway" keeps it as Error, "Discard" deletes it, and a test can be
 * cancelled, leaving the integration unverified.
 */

async function signedIn(app: AppHarness, ui: AppUi, language: 'en' | 'es' = 'en'): Promise<void> {
  await app.open();
  if (language === 'es') await ui.shell.chooseLanguage('es');
  await ui.auth.signUp(app.newUser());
  await expect(ui.list.heading).toBeVisible();
}

test('a typo stays on the form; the fixed key rotates the same integration', async ({
  app,
  ui,
}) => {
  await signedIn(app, ui);
  const name = 'Typo then fixed';
  await ui.list.openAddDialog();
  await ui.add.fill(name, app.accounts.wrong('openai').form);
  await ui.add.saveAndVerify();

  await ui.add.expectTestFailed(name);
  await expect(ui.add.result).toContainText(ui.t().keyRejected);
  const key = ui.add.root.getByLabel(ui.t().fields.openaiApiKey, { exact: true });
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveValue('');
  await expect(key).toBeFocused();

  await ui.add.fillCredentials(app.accounts.working('openai').form);
  await ui.add.retryFixed();
  await ui.add.expectSaved(name);
  await expect(ui.add.result).toContainText(ui.t().testOk);
  await ui.add.done();

  // One entry, connected: no "already exists", no second row.
  await expect(ui.list.rows).toHaveCount(1);
  await ui.list.expectStatus(name, 'connected');
});

test('in Spanish: "Guardar de todos modos" keeps it as Error, "Descartar" deletes it', async ({
  app,
  ui,
}) => {
  await signedIn(app, ui, 'es');
  await ui.list.openAddDialog();
  await ui.add.fill('Clave con errata', app.accounts.wrong('openai').form);
  await ui.add.saveAndVerify();
  await ui.add.expectTestFailed('Clave con errata');
  await ui.add.keepAnyway();
  await ui.add.done();
  await ui.list.expectStatus('Clave con errata', 'error');

  await ui.list.openAddDialog();
  await ui.add.fill('Descartable', app.accounts.wrong('openai').form);
  await ui.add.saveAndVerify();
  await ui.add.expectTestFailed('Descartable');
  await ui.add.discard();
  await expect(ui.list.rows).toHaveCount(1);
  await expect(ui.list.row('Descartable')).toHaveCount(0);
});

test('Escape during the test cancels it and leaves the integration unverified', async ({
  app,
  ui,
}) => {
  await signedIn(app, ui);
  const name = 'Slow provider';
  await ui.list.openAddDialog();
  await ui.add.fill(name, app.accounts.hanging().form);
  await ui.add.saveAndVerify();
  await expect(ui.add.root.getByText(ui.t().testing)).toBeVisible();
  await ui.page.keyboard.press('Escape');

  await expect(ui.add.root.getByText(ui.t().savedUnverifiedTitle)).toBeVisible();
  await expect(ui.add.root).not.toContainText(ui.t().testFailed);
  await ui.add.done();
  await ui.list.expectStatus(name, 'unverified');
});
