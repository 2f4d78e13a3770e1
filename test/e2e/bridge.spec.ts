import { expect, test } from './harness/app-fixture.ts';

/*
 * The harness's bridge is the real one: the same `createBridge`, the registration helper's sender
 * check and its zod checks. A page of another origin gets the same bridge object injected, and
 * main must still refuse it, or every other scenario would prove less than it claims.
 */

type BridgeWindow = {
  aterges: { session: { getState(): Promise<{ status: string }> } };
};

test('the bridge answers the app’s own page and refuses any other origin', async ({ app, ui }) => {
  await app.open();
  const user = app.newUser();
  await ui.auth.signUp(user);
  await expect(ui.list.heading).toBeVisible();
  const ownOrigin = await app.page.evaluate(() =>
    (globalThis as unknown as BridgeWindow).aterges.session.getState(),
  );
  expect(ownOrigin.status).toBe('signed_in');

  // Any other origin, here the OpenAI stand-in's: the bridge exists there, main refuses it.
  await app.page.goto(app.env.standIns.openai.baseUrl);
  const elsewhere = await app.page.evaluate(() =>
    (globalThis as unknown as BridgeWindow).aterges.session.getState().then(
      () => 'answered',
      (error: Error) => error.message,
    ),
  );
  expect(elsewhere).toContain('not_authenticated');
  expect(elsewhere).toContain('request_refused');
  expect(app.logs.text()).toContain('Refused session:get-state from an untrusted frame');
});
