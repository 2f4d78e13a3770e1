import { expect, test } from './harness/app-fixture.ts';

/*
 * Account scenarios: creating an account, and signing out (which must also end the session the
 * app would otherwise restore at the next start).
 */

test('sign up: a new account lands on its empty integration list', async ({ app, ui }) => {
  await app.open();
  await expect(ui.auth.signInHeading).toBeVisible();
  const user = app.newUser();
  await ui.auth.signUp(user);

  await expect(ui.list.heading).toBeVisible();
  await expect(ui.list.emptyAction).toBeEnabled();
  await expect(ui.shell.signedInAs(user.email)).toBeVisible();
  await expect(ui.list.testAllButton).toBeDisabled();
});

test('sign out: back to sign-in, and the next start does not restore the session', async ({
  app,
  ui,
}) => {
  await app.open();
  const user = app.newUser();
  await ui.auth.signUp(user);
  await expect(ui.list.heading).toBeVisible();

  // Signed in, a restart restores the session from the sealed file.
  await app.restart();
  await expect(ui.list.heading).toBeVisible();
  await expect(ui.shell.signedInAs(user.email)).toBeVisible();

  await ui.shell.signOut();
  await expect(ui.auth.signInHeading).toBeVisible();
  await expect(ui.shell.signedInAs(user.email)).toBeHidden();

  await app.restart();
  await expect(ui.auth.signInHeading).toBeVisible();

  // The account itself is still there: signing in again works.
  await ui.auth.signIn(user);
  await expect(ui.list.heading).toBeVisible();
  await expect(ui.shell.signedInAs(user.email)).toBeVisible();
});
