import type { ProviderType } from '../../shared/providers.ts';
import { expect, test } from './harness/app-fixture.ts';
import { saveScreenshot, updateReadmeScreenshot } from './harness/screenshots.ts';
import { englishOnPage } from './pages/english-words.ts';
import type { Language } from './pages/labels.ts';

/*
 * The main screens in each language, saved as artifacts under test-results/screenshots: the add
 * dialog of every provider, a failed verification, the list, and the offline start. Each tour is
 * also a full run of the app in that language (every label the page objects use is checked), and
 * the Spanish one fails on any English word left on a screen it pictures.
 */

interface Tour {
  title: string;
  email: string;
  integrations: { type: ProviderType; name: string }[];
  failing: string;
}

const TOURS: Record<Language, Tour> = {
  en: {
    title: 'English',
    email: 'ana@example.com',
    integrations: [
      { type: 'openai', name: 'Production OpenAI' },
      { type: 'google_cloud', name: 'Analytics (Google Cloud)' },
      { type: 'aws', name: 'AWS billing' },
      { type: 'azure', name: 'Azure subscriptions' },
      { type: 'anthropic', name: 'Claude for support' },
      { type: 'gemini', name: 'Gemini drafts' },
      { type: 'mistral', name: 'Mistral translations' },
      { type: 'azure_openai', name: 'Azure OpenAI (EU)' },
      { type: 'openai_compatible', name: 'DeepSeek reasoning' },
    ],
    failing: 'Staging OpenAI',
  },
  es: {
    title: 'Spanish',
    email: 'lucia@example.com',
    integrations: [
      { type: 'openai', name: 'OpenAI de producción' },
      { type: 'google_cloud', name: 'Analítica (Google Cloud)' },
      { type: 'aws', name: 'Facturación AWS' },
      { type: 'azure', name: 'Suscripciones de Azure' },
      { type: 'anthropic', name: 'Claude para soporte' },
      { type: 'gemini', name: 'Borradores con Gemini' },
      { type: 'mistral', name: 'Traducciones con Mistral' },
      { type: 'azure_openai', name: 'Azure OpenAI (UE)' },
      { type: 'openai_compatible', name: 'Razonamiento con DeepSeek' },
    ],
    failing: 'OpenAI de pruebas',
  },
};

for (const [language, tour] of Object.entries(TOURS) as [Language, Tour][]) {
  test(`main screens in ${tour.title}`, async ({ app, ui }, testInfo) => {
    const shot = async (name: string) => {
      const path = await saveScreenshot(ui.page, `${name}-${language}`, testInfo);
      const english = await englishOnPage(ui.page);
      // The English tour proves the check sees English at all.
      if (language === 'es') expect(english, name).toEqual([]);
      else expect(english.length, name).toBeGreaterThan(0);
      return path;
    };
    await app.open();
    if (language !== 'en') await ui.shell.chooseLanguage(language);
    const user = app.newUser(tour.email);
    await ui.auth.signUp(user);
    await expect(ui.list.heading).toBeVisible();

    for (const { type, name } of tour.integrations) {
      const { form } = app.accounts.working(type);
      await ui.list.openAddDialog();
      // A pasted key file is shown in clear in its text area: picture that dialog before pasting.
      const masked = type !== 'google_cloud';
      await ui.add.fill(name, form, { credentials: masked });
      await shot(`add-dialog-${type}`);
      if (!masked) await ui.add.fillCredentials(form);
      await ui.add.saveAndVerify();
      await ui.add.expectSaved(name);
      await expect(ui.add.result).toContainText(ui.t().testOk);
      await ui.add.done();
    }

    await ui.list.openAddDialog();
    await ui.add.fill(tour.failing, app.accounts.wrong('openai').form);
    await ui.add.saveAndVerify();
    await expect(ui.add.result).toContainText(ui.t().invalidCredentials);
    await shot('error-state');
    await ui.add.keepAnyway();
    await ui.add.done();

    await ui.list.testAll();
    const count = tour.integrations.length + 1;
    await expect(ui.list.testAllSummary(count, count - 1, 1)).toBeVisible();
    await ui.list.expectStatus(tour.failing, 'error');
    const list = await shot('integrations-list');
    if (language === 'en') updateReadmeScreenshot(list);

    // A wrong password says only that: no "your session has expired" before it.
    await ui.shell.signOut();
    await ui.auth.signIn({ email: user.email, password: 'not-the-password-1A' });
    await expect(ui.page.getByText(ui.t().wrongCredentials).first()).toBeVisible();
    await expect(ui.page.getByText(ui.t().sessionExpired)).toHaveCount(0);
    await shot('wrong-password');
    await ui.auth.signIn(user);
    await expect(ui.list.heading).toBeVisible();

    await app.restart({ serverReachable: false });
    await expect(ui.shell.offlineBanner).toBeVisible();
    await expect(ui.list.rows).toHaveCount(tour.integrations.length + 1);
    await shot('offline');
  });
}
