import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { AuthSettings } from '../../supabase/local/api/gotrue/auth-settings.ts';
import type { AppHarness } from './harness/app-harness.ts';
import { expect, test } from './harness/app-fixture.ts';
import { englishOnPage } from './pages/english-words.ts';

/*
 * Issue #13 §1 "Done when", in Spanish: "Continuar con GitHub" → main opens the project's
 * /auth/v1/authorize in the system browser (here: the URL captured at the harness's openExternal
 * port, opened in a second Chromium tab) → Playwright clicks "Allow" on the local identity
 * provider's consent page → Auth's /callback → the browser lands on main's loopback server
 * (127.0.0.1, as in an unpackaged build) → signed in. The auth code never reaches the page, the
 * bridge traffic or main's log (a canary; the session's tokens are canaries too, see AppHarness).
 */

/** The system browser: a tab of its own, where the code shows in the address bar and nowhere else. */
async function browserTab(app: AppHarness): Promise<Page> {
  await expect.poll(() => app.externalUrls.length, { message: 'main opened the browser' }).toBe(1);
  const authorize = new URL(app.externalUrls[0]!);
  expect(`${authorize.origin}${authorize.pathname}`).toBe(`${app.env.stack.url}/auth/v1/authorize`);
  const tab = await app.page.context().newPage();
  // The code rides on the redirect to the loopback server: remember it as a canary.
  tab.on('request', (request) => {
    const url = new URL(request.url());
    const code = url.searchParams.get('code');
    if (url.pathname === '/auth/callback' && code) app.canaries.add('OAuth auth code', code);
  });
  await tab.goto(authorize.toString());
  return tab;
}

test.describe('sign-in with GitHub or Google (es)', () => {
  let before: AuthSettings['externalIdentities'] | undefined;
  test.afterEach(({ env }) => {
    if (before) env.stack.authSettings.externalIdentities = before;
    before = undefined;
  });

  function identity(app: AppHarness, provider: 'github' | 'google') {
    const settings = app.env.stack.authSettings;
    before = { ...settings.externalIdentities };
    const email = `e2e-oauth-${Date.now()}-${randomBytes(3).toString('hex')}@example.com`;
    settings.externalIdentities = {
      ...settings.externalIdentities,
      [provider]: { email, name: 'Ana Pruebas', emailVerified: true },
    };
    return email;
  }

  test('Continuar con GitHub → Allow en el navegador → sesión iniciada', async ({ app, ui }) => {
    const email = identity(app, 'github');
    await app.open();
    await ui.shell.chooseLanguage('es');
    await expect(ui.page.getByRole('button', { name: 'Continuar con Google' })).toBeVisible();
    await ui.page.getByRole('button', { name: 'Continuar con GitHub' }).click();
    await expect(ui.page.getByRole('heading', { name: 'Termina en tu navegador…' })).toBeVisible();
    expect(await englishOnPage(ui.page)).toEqual([]);

    const tab = await browserTab(app);
    await expect(tab.getByText(email)).toBeVisible();
    await tab.getByRole('button', { name: 'Allow' }).click();
    await expect(tab.getByText('Puedes cerrar esta ventana')).toBeVisible();
    expect(app.canaries.size).toBeGreaterThan(0);
    await tab.close();

    await expect(ui.list.heading).toBeVisible();
    await expect(ui.shell.signedInAs(email)).toBeVisible();
  });

  test('Paquete instalado: vuelve por aterges:// → sesión iniciada; el mismo enlace otra vez, rechazado', async ({
    app,
    ui,
  }) => {
    const email = identity(app, 'google');
    await app.open();
    await app.restart({ oauthRedirect: 'deep_link' });
    await ui.shell.chooseLanguage('es');
    await ui.page.getByRole('button', { name: 'Continuar con Google' }).click();
    const tab = await browserTab(app);
    // Auth's last redirect points at aterges://, which only the OS can open: read it from there.
    const callback = tab.waitForResponse((response) =>
      response.url().includes('/auth/v1/callback'),
    );
    await tab.getByRole('button', { name: 'Allow' }).click();
    const link = (await callback).headers().location ?? '';
    expect(link).toMatch(/^aterges:\/\/auth\/callback\?code=/);
    app.canaries.add('OAuth auth code', new URL(link).searchParams.get('code')!);
    await tab.close();
    await app.openDeepLink(link);
    await expect(ui.list.heading).toBeVisible();
    await expect(ui.shell.signedInAs(email)).toBeVisible();
    await app.openDeepLink(link);
    expect(app.logs.text()).toContain('already_completed');
    await expect(ui.shell.signedInAs(email)).toBeVisible();
  });

  test('Deny en el navegador → lo explica; Cancelar termina la espera', async ({ app, ui }) => {
    identity(app, 'google');
    app.canaries.add('unused marker', `never-${randomBytes(8).toString('hex')}`);
    await app.open();
    await ui.shell.chooseLanguage('es');
    await ui.page.getByRole('button', { name: 'Continuar con Google' }).click();
    const tab = await browserTab(app);
    await tab.getByRole('button', { name: 'Deny' }).click();
    await expect(tab.getByText('Puedes cerrar esta ventana')).toBeVisible();
    await tab.close();
    await expect(
      ui.page.getByText('No diste permiso en el navegador, así que no se inició la sesión.'),
    ).toBeVisible();

    await ui.page.getByRole('button', { name: 'Continuar con Google' }).click();
    await expect(ui.page.getByRole('heading', { name: 'Termina en tu navegador…' })).toBeVisible();
    await ui.page.getByRole('button', { name: 'Cancelar' }).click();
    await expect(ui.page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  });
});
