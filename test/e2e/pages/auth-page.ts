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

  /** The card after a sign-up that waits for the confirmation mail. */
  confirmationSent(email: string) {
    return this.#ui.page.getByText(this.#ui.t().confirmSent(email), { exact: true });
  }

  /** "¿Olvidaste tu contraseña?" → the address → "Enviar enlace"; waits for "Revisa tu correo". */
  async requestPasswordReset(email: string): Promise<void> {
    const { page } = this.#ui;
    const t = this.#ui.t();
    await page.getByRole('button', { name: t.forgotPassword, exact: true }).click();
    await page.getByLabel(t.email, { exact: true }).fill(email);
    await page.getByRole('button', { name: t.forgotSend, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.resetSentTitle })).toBeVisible();
  }

  get newPasswordHeading() {
    return this.#ui.page.getByRole('heading', { level: 1, name: this.#ui.t().newPasswordTitle });
  }

  /** The "Nueva contraseña" screen's form. */
  async setNewPassword(password: string): Promise<void> {
    const { page } = this.#ui;
    const t = this.#ui.t();
    await page.getByRole('textbox', { name: t.newPasswordTitle, exact: true }).fill(password);
    await page.getByRole('button', { name: t.newPasswordSave, exact: true }).click();
  }

  async #fill(user: UserCredentials): Promise<void> {
    const { page } = this.#ui;
    const t = this.#ui.t();
    await page.getByLabel(t.email, { exact: true }).fill(user.email);
    await page.getByLabel(t.password, { exact: true }).fill(user.password);
  }
}
