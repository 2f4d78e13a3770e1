import { expect } from '@playwright/test';
import type { UserCredentials } from '../harness/app-harness.ts';
import type { UiContext } from './ui-context.ts';

/** The sign-in / create-account screen. */
export class AuthPage {
  readonly #ui: UiContext;

  constructor(ui: UiContext) {
    this.#ui = ui;
  }

  get signInHeading() {
    return this.#ui.page.getByRole('heading', { level: 1, name: this.#ui.t().signInTitle });
  }

  async signUp(user: UserCredentials): Promise<void> {
    const { page } = this.#ui;
    const t = this.#ui.t();
    await page.getByRole('button', { name: t.toSignUp }).click();
    await this.#fill(user);
    await page.getByRole('button', { name: t.signUp, exact: true }).click();
  }

  async signIn(user: UserCredentials): Promise<void> {
    await expect(this.signInHeading).toBeVisible();
    await this.#fill(user);
    await this.#ui.page.getByRole('button', { name: this.#ui.t().signIn, exact: true }).click();
  }

  async #fill(user: UserCredentials): Promise<void> {
    const { page } = this.#ui;
    const t = this.#ui.t();
    await page.getByLabel(t.email, { exact: true }).fill(user.email);
    await page.getByLabel(t.password, { exact: true }).fill(user.password);
  }
}
