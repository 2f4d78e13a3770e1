import { canaryCredentials } from '../support/core-canaries.ts';
import { startCore, testKeychain } from '../support/core-harness.ts';
import { expect, test } from './harness/app-fixture.ts';

/*
 * Live sync, in Spanish: another device of the same account (a second main-process core with its
 * own data folder) adds, rotates and deletes an integration, and this app's list follows without
 * a click; the Aterges platform's verdict that a key fails turns the row to error and shows a
 * native notification in Spanish.
 */

test('another device adds, rotates and deletes; a failing key is notified (es)', async ({
  app,
  ui,
  env,
}) => {
  await app.open();
  await ui.shell.chooseLanguage('es');
  const user = app.newUser();
  await ui.auth.signUp(user);
  await expect(ui.list.heading).toBeVisible();

  const other = await startCore({
    target: {
      kind: 'local',
      url: env.stack.url,
      publishableKey: env.stack.publishableKey,
      secretKey: env.stack.secretKey,
      anonKey: env.stack.anonKey,
      serviceRoleKey: env.stack.serviceRoleKey,
      local: env.stack,
      stop: () => Promise.resolve(),
    },
    keychain: await testKeychain(),
  });
  try {
    await other.session.signIn(user);
    await other.offline.start();
    const name = 'OpenAI de producción';
    const created = await other.vault.create({
      type: 'openai',
      name,
      credentials: canaryCredentials('openai'),
      config: {},
      verify: false,
    });
    await expect(ui.list.row(name)).toBeVisible();

    const rotated = await other.vault.rotateCredentials(
      created.id,
      'openai',
      canaryCredentials('openai'),
    );
    await expect(ui.list.row(name)).toContainText(rotated.credentialHint!.slice(-4));

    // The platform found the key refused while using it (as its service writes the verdict).
    await other.vault.setStatus(created.id, 'error', 'key_rejected');
    await ui.list.expectStatus(name, 'error');
    await expect
      .poll(() => app.notices)
      .toContainEqual({
        integrationId: created.id,
        title: '«OpenAI de producción» dejó de funcionar',
        body: 'La clave fue rechazada.',
      });

    await other.vault.delete(created.id);
    await expect(ui.list.row(name)).toHaveCount(0);
  } finally {
    await other.dispose();
  }
});
