import { expect, test } from './harness/app-fixture.ts';

/*
 * A start without the server, with a session stored by the previous run: the app restores the
 * session from the sealed file, shows the sealed cache of the list under the offline banner, keeps
 * every network action off, and comes back when the server does.
 */

test('start offline with a stored session: cached list and banner, then recovery', async ({
  app,
  ui,
}) => {
  await app.open();
  const user = app.newUser();
  await ui.auth.signUp(user);
  await ui.add.add('Production OpenAI', app.accounts.working('openai').form);
  await ui.add.add('AWS billing', app.accounts.working('aws').form);

  await app.restart({ serverReachable: false });
  const banner = ui.shell.offlineBanner;
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(ui.t().offlineLastSync);
  await expect(ui.shell.signedInAs(user.email)).toBeVisible();
  // The list from the sealed cache, as it was last synced.
  await expect(ui.list.rows).toHaveCount(2);
  await ui.list.expectStatus('Production OpenAI', 'connected');
  await ui.list.expectStatus('AWS billing', 'connected');
  // Nothing that needs the server can be started.
  await expect(ui.list.newIntegrationButton).toBeDisabled();
  await expect(ui.list.testAllButton).toBeDisabled();
  await expect(ui.list.testButton('AWS billing')).toBeDisabled();

  // "Retry now" while the server is still down: still offline, still the cached list.
  await ui.shell.retryNow();
  await expect(banner.getByRole('button', { name: ui.t().retryNow })).toBeEnabled();
  await expect(banner).toBeVisible();
  await expect(ui.list.rows).toHaveCount(2);

  await app.serverBack();
  await ui.shell.retryNow();
  await expect(banner).toBeHidden();
  await expect(ui.list.newIntegrationButton).toBeEnabled();
  await ui.list.testButton('AWS billing').click();
  await ui.list.expectStatus('AWS billing', 'connected');
  await expect(ui.list.row('AWS billing')).toContainText(ui.t().testOk);
});
