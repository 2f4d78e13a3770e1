import type { SentMail } from '../../supabase/local/api/gotrue/mail-outbox.ts';
import type { AppHarness } from './harness/app-harness.ts';
import { englishOnPage } from './pages/english-words.ts';
import { expect, test } from './harness/app-fixture.ts';

/*
 * Issue #12 "Done when", in Spanish, against the local Auth stand-in with e-mail confirmation on:
 * sign-up → mail → the link → signed in, and forgot password → mail → the link → new password →
 * signed in. The link is followed as a mail client's browser does, up to Auth's 303 and not into
 * `aterges://` (there is no OS here): its Location goes to main through the same call the app's
 * `open-url` / argv handling makes (AppHarness.openDeepLink → AppServices.openDeepLink).
 * The stand-in's mail outbox (LocalStack.mail) is what the mail catcher of `supabase start` is.
 */

/**
 * Follows a mail's link to Auth's redirect and returns the `aterges://` it points at. No `apikey`:
 * a mail client's browser sends none, and Supabase's gateway leaves `/auth/v1/verify` open for it
 * (supabase/supabase docker/volumes/api/kong.yml, service `auth-v1-open`: cors only, no key-auth).
 */
async function followMailLink(app: AppHarness, mail: SentMail | undefined): Promise<string> {
  expect(mail?.link, 'the mail carries a link').toBeTruthy();
  const answer = await fetch(mail!.link!, { redirect: 'manual' });
  expect(answer.status).toBe(303);
  const location = answer.headers.get('location') ?? '';
  expect(location).toMatch(/^aterges:\/\/auth\/callback\?code=/);
  // The code is a one-time credential: it must reach neither the page, the bridge nor a log.
  app.canaries.add('auth code from the mail link', new URL(location).searchParams.get('code')!);
  return location;
}

test.describe('e-mail links (es)', () => {
  /** The worker's setting before a scenario changed it (unset when the scenario was skipped). */
  let autoconfirm: boolean | undefined;
  test.beforeEach(({ env }) => {
    // Confirmation on, as a hosted project; the worker's stack is put back as it was.
    autoconfirm = env.stack.authSettings.autoconfirm;
    env.stack.authSettings.autoconfirm = false;
  });
  test.afterEach(({ env }) => {
    if (autoconfirm !== undefined) env.stack.authSettings.autoconfirm = autoconfirm;
    autoconfirm = undefined;
  });

  test('sign-up → mail → link → signed in', async ({ app, ui, env }) => {
    await app.open();
    await ui.shell.chooseLanguage('es');
    const user = app.newUser();
    await ui.auth.signUp(user);
    await expect(ui.auth.confirmationSent(user.email)).toBeVisible();
    expect(await englishOnPage(ui.page)).toEqual([]);

    const mail = env.stack.mail.latestTo(user.email);
    expect(mail?.kind).toBe('signup');
    const link = await followMailLink(app, mail);
    await app.openDeepLink(link);

    await expect(ui.list.heading).toBeVisible();
    await expect(ui.shell.signedInAs(user.email)).toBeVisible();

    // The link works once: opened again it is explained, and changes nothing.
    await ui.shell.signOut();
    await expect(ui.auth.signInHeading).toBeVisible();
    await app.openDeepLink(link);
    await expect(ui.page.getByText(ui.t().linkUsed)).toBeVisible();
    await expect(ui.auth.signInHeading).toBeVisible();
  });

  test('forgot password → mail → link → new password → signed in', async ({ app, ui, env }) => {
    await app.open();
    await ui.shell.chooseLanguage('es');
    const user = app.newUser();
    await ui.auth.signUp(user);
    await expect(ui.auth.confirmationSent(user.email)).toBeVisible();
    await app.openDeepLink(await followMailLink(app, env.stack.mail.latestTo(user.email)));
    await expect(ui.list.heading).toBeVisible();
    await ui.shell.signOut();
    await expect(ui.auth.signInHeading).toBeVisible();

    await ui.auth.requestPasswordReset(user.email);
    const mail = env.stack.mail.latestTo(user.email);
    expect(mail?.kind).toBe('recovery');
    await app.openDeepLink(await followMailLink(app, mail));

    await expect(ui.auth.newPasswordHeading).toBeVisible();
    expect(await englishOnPage(ui.page)).toEqual([]);
    const newPassword = `nueva-${user.password}`;
    app.canaries.add('new account password', newPassword);
    await ui.auth.setNewPassword(newPassword);
    await expect(ui.list.heading).toBeVisible();

    // The new password is the account's now.
    await ui.shell.signOut();
    await ui.auth.signIn({ email: user.email, password: newPassword });
    await expect(ui.list.heading).toBeVisible();
  });
});

test('a link that is not the app’s, or that Auth refused, is explained and never shown (es)', async ({
  app,
  ui,
}) => {
  await app.open();
  await ui.shell.chooseLanguage('es');
  await expect(ui.auth.signInHeading).toBeVisible();
  // Text an attacker wrote into a link: it must not appear anywhere the user or the page sees.
  const planted = `Llama-al-soporte-${Date.now()}-pega-tu-clave-aqui`;
  app.canaries.add('text written into a deep link', planted);

  await app.openDeepLink(
    `aterges://auth/callback?error=access_denied&error_code=otp_expired&error_description=${planted}`,
  );
  await expect(ui.page.getByText(ui.t().linkExpired, { exact: true })).toBeVisible();

  await app.openDeepLink(
    `aterges://settings/connection?supabaseUrl=https://evil.example&note=${planted}`,
  );
  await expect(ui.page.getByText(ui.t().linkRefused)).toBeVisible();
  await expect(ui.auth.signInHeading).toBeVisible();
  expect(await englishOnPage(ui.page)).toEqual([]);
});
