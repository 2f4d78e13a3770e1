import { expect, test } from './harness/app-fixture.ts';

/*
 * A long list in a real browser (issue #14 §2): 40 integrations stored through main's service (as
 * another device would), then found with the search box (Ctrl+K), an empty result cleared, and
 * the virtualized list scrolled to its last row.
 */

const COUNT = 40;

test('search, an empty result and scrolling a long, virtualized list', async ({ app, ui }) => {
  await app.open();
  await ui.auth.signUp(app.newUser());
  await expect(ui.list.heading).toBeVisible();

  const { apiKey } = app.accounts.wrong('openai').form;
  const { services } = await app.main();
  await services.settled();
  const integrations = services.connected().integrations;
  for (let index = 0; index < COUNT; index += 1) {
    await integrations.create({
      type: 'openai',
      name: `Key ${String(index).padStart(3, '0')}`,
      credentials: { apiKey },
      config: {},
      verify: false,
    });
  }
  await expect(ui.page.getByText(`Showing ${COUNT} of ${COUNT}`)).toBeVisible();
  // Virtualized: only the rows near the viewport exist.
  await expect(ui.list.row('Key 000')).toBeVisible();
  expect(await ui.list.rows.count()).toBeLessThan(COUNT);

  const search = ui.page.getByRole('searchbox', { name: 'Search integrations' });
  await ui.page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await ui.page.keyboard.type('key 037');
  await expect(ui.list.rows).toHaveCount(1);
  await expect(ui.list.row('Key 037')).toBeVisible();

  await search.fill('nothing like this');
  const empty = ui.page.getByRole('region', { name: 'No integration matches' });
  await expect(empty).toContainText('the search “nothing like this”');
  await empty.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(ui.page.getByText(`Showing ${COUNT} of ${COUNT}`)).toBeVisible();

  // Scrolled with the mouse wheel, as a user would: rows are drawn as they come into view.
  await ui.list.row('Key 000').hover();
  await expect(async () => {
    await ui.page.mouse.wheel(0, 2_000);
    await expect(ui.list.row(`Key ${String(COUNT - 1).padStart(3, '0')}`)).toBeInViewport({
      timeout: 500,
    });
  }).toPass();
  await expect(ui.list.row(`Key ${String(COUNT - 1).padStart(3, '0')}`)).toBeInViewport();
  await expect(ui.list.row('Key 000')).toHaveCount(0);
});
