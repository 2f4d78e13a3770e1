import type { ProviderType } from '../../shared/providers.ts';
import { expect, test } from './harness/app-fixture.ts';
import { saveScreenshot, updateReadmeScreenshot } from './harness/screenshots.ts';
import type { Language } from './pages/labels.ts';

/*
 * The main screens in each language, saved as artifacts under test-results/screenshots: the add
 * dialog of every provider, a failed verification, the list, and the offline start. Each tour is
 * also a full run of the app in that language (every label the page objects use is checked).
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
    ],
    failing: 'OpenAI de pruebas',
  },
};

for (const [language, tour] of Object.entries(TOURS) as [Language, Tour][]) {
  test(`main screens in ${tour.title}`, async ({ app, ui }, testInfo) => {
    const shot = (name: string) => saveScreenshot(ui.page, `${name}-${language}`, testInfo);
    await app.open();
    if (language !== 'en') await ui.shell.chooseLanguage(language);
    await ui.auth.signUp(app.newUser(tour.email));
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
    await expect(ui.list.testAllSummary(5, 4, 1)).toBeVisible();
    await ui.list.expectStatus(tour.failing, 'error');
    const list = await shot('integrations-list');
    if (language === 'en') updateReadmeScreenshot(list);

    await app.restart({ serverReachable: false });
    await expect(ui.shell.offlineBanner).toBeVisible();
    await expect(ui.list.rows).toHaveCount(5);
    await shot('offline');
  });
}
