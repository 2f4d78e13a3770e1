import { expect, test } from './harness/app-fixture.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { englishOnPage } from './pages/english-words.ts';
import { expectNamedControls } from './pages/named-controls.ts';

/*
 * Issue #14 §4, §6 and §7 pictured in Spanish at 1280×860 and 900×600: the Google key file
 * collapsed to its owner, the disable confirmation and its toast, Settings with "Acerca de" and
 * "Cerrar sesión en todos los dispositivos", and a long add dialog in a small window with its
 * buttons in view. Every screen pictured has no English left and a name for every control.
 */

const SMALL = { width: 900, height: 600 };
const LARGE = { width: 1280, height: 860 };

test('issue #14 §4, §6 and §7 in Spanish, large and small', async ({ app, ui }, testInfo) => {
  const { page } = ui;
  const shot = async (name: string, { quotesSupabaseUi = false } = {}) => {
    await saveScreenshot(page, `${name}-es`, testInfo);
    const english = await englishOnPage(page);
    // "Preparar proyecto" on Settings quotes the Supabase dashboard's own English menu names.
    expect(
      quotesSupabaseUi ? english.filter((line) => !line.startsWith('connection:')) : english,
      name,
    ).toEqual([]);
    await expectNamedControls(page, name);
  };
  await app.open();
  await ui.shell.chooseLanguage('es');
  await ui.auth.signUp(app.newUser('marta@example.com'));
  await expect(ui.list.heading).toBeVisible();

  await ui.add.add('OpenAI de producción', app.accounts.working('openai').form);

  // §6: the Google key file collapses to account and project, the private key masked.
  const google = app.accounts.working('google_cloud').form;
  await ui.list.openAddDialog();
  await ui.add.fill('Analítica (Google Cloud)', google, { credentials: false });
  await expect(page.getByRole('button', { name: /Suelta aquí el archivo \.json/ })).toBeVisible();
  await shot('google-drop-zone');
  await ui.add.fillCredentials(google);
  await expect(page.getByTestId('service-account-preview')).toContainText('oculta');
  await shot('google-preview');
  await ui.add.saveAndVerify();
  await ui.add.expectSaved('Analítica (Google Cloud)');
  await ui.add.done();

  // §6: disabling explains itself and asks; §4: a toast with "Deshacer" confirms it.
  await ui.list.manage('OpenAI de producción');
  await ui.detail.button('disable').click();
  await expect(
    page.getByRole('dialog', { name: '¿Deshabilitar «OpenAI de producción»?' }),
  ).toBeVisible();
  await shot('disable-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Deshabilitar', exact: true }).click();
  const toast = page.getByRole('status', { name: 'Avisos' });
  await expect(toast).toContainText('Se deshabilitó «OpenAI de producción».');
  await expect(ui.detail.button('enable')).toBeFocused();
  await shot('toast-disabled');
  await toast.getByRole('button', { name: 'Deshacer' }).click();
  await expect(ui.detail.button('disable')).toBeVisible();

  // §7: Settings at both sizes.
  await page.getByRole('button', { name: 'Configuración' }).click();
  const about = page.getByRole('region', { name: 'Acerca de' });
  await expect(about).toBeVisible();
  await expect(page.getByRole('button', { name: 'Guardar conexión' })).toBeDisabled();
  await about.scrollIntoViewIfNeeded();
  await shot('settings-about', { quotesSupabaseUi: true });
  await page.setViewportSize(SMALL);
  await about.scrollIntoViewIfNeeded();
  await shot('settings-about-small', { quotesSupabaseUi: true });

  // §6 at 900×600: the sidebar is icons only, and a long form keeps its buttons in view.
  await ui.shell.openIntegrations();
  await shot('list-small');
  await ui.list.openAddDialog();
  await ui.add.chooseProvider('azure');
  await expect(ui.add.root.getByRole('button', { name: 'Guardar y Verificar' })).toBeInViewport();
  await shot('add-dialog-small');
  await page.keyboard.press('Escape');
  await page.setViewportSize(LARGE);
});
