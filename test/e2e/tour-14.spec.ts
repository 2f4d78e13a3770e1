import type { TestInfo } from '@playwright/test';
import type { AppHarness } from './harness/app-harness.ts';
import type { ProviderAccount } from './harness/provider-accounts.ts';
import { expect, test } from './harness/app-fixture.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import type { AppUi } from './pages/app-ui.ts';
import { englishOnPage } from './pages/english-words.ts';
import type { Language } from './pages/labels.ts';
import { expectNamedControls } from './pages/named-controls.ts';

/*
 * The end-to-end tour of issue #14 ("Done when"): each numbered section in Spanish and in English,
 * pictured (test-results/screenshots/tour14-*.png), every visible control with an accessible name,
 * and in Spanish no English left on the page. To stay quick, each language walks the sections in
 * two halves, each half in one theme and one window size, and the other language swaps them:
 *
 *              §1 save-and-verify, §2 list, §3 times     §4 test all, §5 activity, §6 small window,
 *                                                         §7 settings
 *   Spanish    light, 1280×860                             dark, 900×600
 *   English    dark, 900×600                               light, 1280×860
 *
 * so every section is seen in both languages, both themes and both sizes (§6's long dialog is
 * always pictured at 900×600, which is what it is about; its key file drop zone at the half's
 * size). §5 (Activity) walks in the second half, after §4's tests have written their events.
 */

type Theme = 'light' | 'dark';
type Size = { width: number; height: number };
const LARGE: Size = { width: 1280, height: 860 };
const SMALL: Size = { width: 900, height: 600 };

const TOURS: { language: Language; first: [Theme, Size]; second: [Theme, Size] }[] = [
  { language: 'es', first: ['light', LARGE], second: ['dark', SMALL] },
  { language: 'en', first: ['dark', SMALL], second: ['light', LARGE] },
];

/** What the tour's list holds besides what §1 adds through the dialog. */
const WORKING = { es: 'OpenAI de producción', en: 'Production OpenAI' };
const FAILING = { es: 'Clave con errata', en: 'Key with a typo' };
const HANGING = { es: 'Proveedor lento', en: 'Slow provider' };
const STORED = {
  es: ['Facturación', 'Analítica', 'Copias'],
  en: ['Billing', 'Analytics', 'Backup'],
};

for (const { language, first, second } of TOURS) {
  test(`issue #14 tour in ${language === 'es' ? 'Spanish' : 'English'}`, async ({
    app,
    ui,
  }, testInfo) => {
    const { page } = ui;
    let look = '';
    const setLook = async (theme: Theme, size: Size) => {
      await ui.shell.chooseTheme(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.setViewportSize(size);
      look = `${theme}-${size.width}x${size.height}`;
    };
    const shot = (section: string, options?: ShotOptions) =>
      pictureScreen(ui, testInfo, `tour14-${section}-${language}-${look}`, options);

    await app.open();
    if (language === 'es') await ui.shell.chooseLanguage('es');
    await setLook(...first);
    await ui.auth.signUp(app.newUser());
    await expect(ui.list.heading).toBeVisible();
    await storeIntegrations(app, language);

    await test.step('§1 a failed "Save and verify" stays on the form', async () => {
      await ui.list.openAddDialog();
      await ui.add.fill(FAILING[language], app.accounts.wrong('openai').form);
      await ui.add.saveAndVerify();
      await ui.add.expectTestFailed(FAILING[language]);
      const t = ui.t();
      for (const action of [t.retryFixed, t.keepAnyway, t.discard]) {
        await expect(ui.add.root.getByRole('button', { name: action })).toBeVisible();
      }
      await shot('s1-save-failed');
      await ui.add.keepAnyway();
      await ui.add.done();
      await ui.list.expectStatus(FAILING[language], 'error');
    });

    await test.step('§2 search, filters, compact rows and an empty result', async () => {
      const t = ui.t();
      const search = page.getByRole('searchbox', { name: t.searchLabel });
      await search.fill(STORED[language][0]!.slice(0, 4));
      await expect(ui.list.rows).toHaveCount(1);
      await search.fill('');
      await page.getByRole('combobox', { name: t.statusFilter, exact: true }).selectOption('error');
      await expect(ui.list.rows).toHaveCount(1);
      await page.getByRole('checkbox', { name: t.compactRows }).check();
      // A compact row: one time line, the error said once, and both actions inside the window.
      const row = ui.list.rows.first();
      await expect(row.locator('.row-times dt').filter({ visible: true })).toHaveCount(1);
      await expect(row.getByText(t.keyRejected)).toHaveCount(1);
      const manage = row.getByRole('button', { name: t.manage(FAILING[language]) });
      const box = await manage.boundingBox();
      const rowBox = await row.boundingBox();
      expect(box && rowBox && box.x + box.width <= rowBox.x + rowBox.width).toBe(true);
      await shot('s2-filtered-compact');
      await search.fill('zzz');
      const empty = page.getByRole('region', { name: t.noMatch });
      await expect(empty).toContainText('zzz');
      await shot('s2-no-match');
      await empty.getByRole('button', { name: t.clearFilters }).click();
      await expect(ui.list.rows).toHaveCount(STORED[language].length + 3);
    });

    await test.step('§3 last test, last passing test, last used, absolute times', async () => {
      const t = ui.t();
      await ui.list.testButton(WORKING[language]).click();
      await ui.list.expectStatus(WORKING[language], 'connected');
      await ui.list.manage(WORKING[language]);
      await expect(ui.detail.heading(WORKING[language])).toBeVisible();
      const main = page.getByRole('main');
      for (const term of [t.lastTest, t.lastPassed, t.lastUsed]) {
        await expect(main.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
      }
      // Absolute on the detail page: "5 dic 2026, 6:25" / "Dec 5, 2026, 6:25 AM".
      await expect(main.getByTestId('last-passed')).toContainText(/\b20\d\d, \d{1,2}:\d\d\b/);
      await main.getByTestId('last-passed').scrollIntoViewIfNeeded();
      await shot('s3-detail-times');
      await ui.detail.back();
    });

    await setLook(...second);

    await test.step('§4 "Test all" shows its progress and can be stopped', async () => {
      const t = ui.t();
      await ui.list.testAll();
      const progress = page.getByRole('progressbar', { name: t.testingAll });
      await expect(progress).toBeVisible();
      // The slow provider keeps the run going until it is stopped.
      await ui.list.expectStatus(HANGING[language], 'verifying');
      await shot('s4-test-all-progress');
      await page.getByRole('button', { name: t.stopTestAll }).click();
      await expect(progress).toBeHidden();
    });

    await test.step('§5 "Activity": every event in words, filters, a reversed range, the chart', async () => {
      const t = ui.t();
      await page.getByRole('button', { name: t.activity, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.activity })).toBeVisible();
      const events = page.getByRole('list', { name: t.activityEvents });
      // §3's test of the working key and §1's failed save are one line each, in words.
      await expect(events.getByText(t.testPassedLine).first()).toBeVisible();
      await expect(events.getByText(t.testFailedLine).first()).toBeVisible();
      await expect(events).not.toContainText('baseUrl');
      await shot('s5-activity');

      await page.getByLabel(t.activityIntegration).selectOption({ label: FAILING[language] });
      await page.getByLabel(t.activityKind).selectOption({ label: t.kindConnectionTest });
      await expect(events.getByRole('listitem').first()).toContainText(FAILING[language]);
      await expect(events.getByText(t.testPassedLine)).toHaveCount(0);
      await shot('s5-activity-filtered');

      // "To" before "From": the field says so; nothing is asked of main.
      const today = new Date();
      const day = (offset: number) => {
        const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
      };
      await page.getByLabel(t.activityFrom, { exact: true }).fill(day(0));
      await page.getByLabel(t.activityTo, { exact: true }).fill(day(-2));
      await expect(page.getByRole('alert').filter({ hasText: t.rangeReversed })).toBeVisible();
      await shot('s5-range-reversed');
      // A range with nothing in it says why, and clears.
      await page.getByLabel(t.activityFrom, { exact: true }).fill(day(-9));
      await page.getByLabel(t.activityTo, { exact: true }).fill(day(-8));
      const empty = page.getByRole('region', { name: t.noEvents });
      await expect(empty).toBeVisible();
      await empty.getByRole('button', { name: t.clearActivityFilters }).click();
      await expect(events.getByText(t.testPassedLine).first()).toBeVisible();

      // The detail page: tests and uses per day over 30 days, above its own trail.
      await page.getByRole('button', { name: t.integrations, exact: true }).click();
      await ui.list.manage(WORKING[language]);
      const chart = page.getByRole('img', { name: t.activityChart });
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      await shot('s5-detail-chart');
      await ui.detail.back();
    });

    await test.step('§6 the key file drop zone; a long dialog in a small window', async () => {
      const t = ui.t();
      await ui.list.openAddDialog();
      await ui.add.chooseProvider('google_cloud');
      await expect(ui.add.root.getByRole('button', { name: t.dropZone })).toBeVisible();
      await shot('s6-google-drop-zone');
      await ui.add.chooseProvider('azure');
      await setLook(second[0], SMALL);
      await expect(ui.add.root.getByRole('button', { name: t.saveAndVerify })).toBeInViewport();
      await shot('s6-small-dialog');
      await page.keyboard.press('Escape');
      await expect(ui.add.root).toBeHidden();
      await setLook(...second);
    });

    await test.step('§7 Settings with "About"', async () => {
      await page.getByRole('button', { name: ui.t().settings, exact: true }).click();
      const about = page.getByRole('region', { name: ui.t().about });
      await about.scrollIntoViewIfNeeded();
      await expect(about).toBeVisible();
      // "Prepare the project" quotes the Supabase dashboard's own English menu names.
      await shot('s7-settings-about', { quotesSupabaseUi: true });
    });
  });
}

interface ShotOptions {
  quotesSupabaseUi?: boolean;
}

/** Saves the screen, checks every control has a name and, in Spanish, that no English is left. */
async function pictureScreen(
  ui: AppUi,
  testInfo: TestInfo,
  name: string,
  { quotesSupabaseUi = false }: ShotOptions = {},
): Promise<void> {
  await saveScreenshot(ui.page, name, testInfo);
  await expectNamedControls(ui.page, name);
  if (ui.language !== 'es') return;
  const english = await englishOnPage(ui.page);
  expect(
    quotesSupabaseUi ? english.filter((line) => !line.startsWith('connection:')) : english,
    name,
  ).toEqual([]);
}

/**
 * The rest of the list, stored through main's service as another device would (quicker than the
 * dialog, which §1 goes through): one working key, one whose provider never answers, and a few
 * left untested.
 */
async function storeIntegrations(app: AppHarness, language: Language): Promise<void> {
  const { services } = await app.main();
  await services.settled();
  const integrations = services.connected().integrations;
  const stored: [string, ProviderAccount<'openai'>][] = [
    [WORKING[language], app.accounts.working('openai')],
    [HANGING[language], app.accounts.hanging()],
    ...STORED[language].map((name): [string, ProviderAccount<'openai'>] => [
      name,
      app.accounts.wrong('openai'),
    ]),
  ];
  for (const [name, { form }] of stored) {
    await integrations.create({
      type: 'openai',
      name,
      credentials: { apiKey: form.apiKey },
      config: form.baseUrl ? { baseUrl: form.baseUrl } : {},
      verify: false,
    });
  }
}
