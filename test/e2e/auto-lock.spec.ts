import { expect, test } from './harness/app-fixture.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { englishOnPage } from './pages/english-words.ts';

/*
 * Auto-lock in Spanish (issue #13 §3): the person picks "5 minutos" in Configuración; four idle
 * minutes change nothing, the fifth locks. Locked, the page holds the unlock form and nothing of
 * the list; a wrong password says how many tries are left; the right one brings the list back.
 * Its language can be changed while locked, and is saved. The system's idle time is the harness's (app.idle), polled by the app's own LockService as it
 * polls Electron's powerMonitor; the harness starts with "Nunca", so this scenario sets its own.
 */

/** What the Spanish screens say (renderer/src/preferences/locales/lock.es.ts). */
const words = {
  settings: 'Configuración',
  integrations: 'Integraciones',
  lockAfter: 'Bloquear tras',
  fiveMinutes: '5 minutos',
  locked: 'Aterges está bloqueado',
  password: 'Contraseña',
  unlock: 'Desbloquear',
  wrongPassword: 'Contraseña incorrecta. Te quedan 4 intentos antes de cerrar la sesión.',
};
const NAME = 'Clave de producción';

test('auto-lock: idle for the chosen time locks, a wrong password says so, the right one unlocks', async ({
  app,
  ui,
}, testInfo) => {
  const user = app.newUser();
  await app.open();
  await ui.shell.chooseLanguage('es');
  await ui.auth.signUp(user);
  await expect(ui.list.heading).toBeVisible();
  await ui.add.add(NAME, app.accounts.working('openai').form, { verify: false });
  await expect(ui.list.rows).toHaveCount(1);

  const page = app.page;
  const nav = page.getByRole('navigation');
  await nav.getByRole('button', { name: words.settings }).click();
  await page.getByLabel(words.lockAfter).selectOption({ label: words.fiveMinutes });
  // Saved in main's preferences, which the lock reads at every check.
  const services = (await app.main()).services;
  await expect
    .poll(async () => (await services.settings.resolve()).preferences.autoLockMinutes)
    .toBe(5);
  await nav.getByRole('button', { name: words.integrations }).click();
  await expect(ui.list.rows).toHaveCount(1);

  await app.idle.pass(4 * 60);
  await expect(ui.list.rows).toHaveCount(1);
  await expect(page.getByRole('heading', { name: words.locked })).toHaveCount(0);

  await app.idle.pass(60);
  await expect(page.getByRole('heading', { name: words.locked })).toBeVisible();
  // Only the unlock screen: the list and its names are out of the page, not just hidden.
  await expect(ui.list.heading).toHaveCount(0);
  expect(await page.content()).not.toContain(NAME);
  expect(await englishOnPage(page)).toEqual([]);
  // Main refuses the list while locked, whatever the page asks.
  const listed = await page.evaluate(() =>
    (
      globalThis as unknown as {
        aterges: { integrations: { list(): Promise<unknown> } };
      }
    ).aterges.integrations
      .list()
      .then(
        () => 'answered',
        (error: Error) => error.message,
      ),
  );
  expect(listed).toContain('"reason":"app_locked"');

  // The person is back at the keyboard.
  app.idle.touch();
  await page.getByLabel(words.password).fill('no-es-mi-contraseña');
  await page.getByRole('button', { name: words.unlock }).click();
  await expect(page.getByRole('alert')).toHaveText(words.wrongPassword);
  await saveScreenshot(page, 'es-auto-lock-wrong-password', testInfo);

  // The unlock screen's language is the person's choice, saved by main while locked (and
  // nothing else of the settings can be: see lock-gate.test.ts).
  await ui.shell.chooseLanguage('en');
  await expect(page.getByRole('heading', { name: 'Aterges is locked' })).toBeVisible();
  await expect
    .poll(async () => (await services.settings.resolve()).preferences.language)
    .toBe('en');
  await ui.shell.chooseLanguage('es');
  await expect(page.getByRole('heading', { name: words.locked })).toBeVisible();

  await page.getByLabel(words.password).fill(user.password);
  await page.getByRole('button', { name: words.unlock }).click();
  await expect(ui.list.rows).toHaveCount(1);
  await expect(ui.list.rows.first()).toContainText(NAME);
  expect(await app.canaryLeaks()).toEqual([]);
});
