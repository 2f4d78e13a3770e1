import { expect } from '@playwright/test';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import type { ProviderForm } from '../harness/provider-accounts.ts';
import { fillCredentials } from './credential-fields.ts';
import type { UiContext } from './ui-context.ts';

/** One integration's page, with its rotate and delete dialogs. */
export class DetailPage {
  readonly #ui: UiContext;

  constructor(ui: UiContext) {
    this.#ui = ui;
  }

  heading(name: string) {
    return this.#ui.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** The status badge next to the name. */
  get status() {
    return this.#ui.page.getByRole('main').locator('header [data-status]');
  }

  async expectStatus(status: IntegrationStatus): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status);
  }

  button(label: 'test' | 'rotate' | 'disable' | 'enable' | 'delete') {
    const t = this.#ui.t();
    return this.#ui.page
      .getByRole('main')
      .getByRole('button', { name: label === 'test' ? t.test : t[label], exact: true });
  }

  /** "Disable", then its one-line confirmation (issue #14 §6). */
  async disable(): Promise<void> {
    await this.button('disable').click();
    await this.#ui.page
      .getByRole('dialog')
      .getByRole('button', { name: this.#ui.t().disable, exact: true })
      .click();
  }

  async back(): Promise<void> {
    await this.#ui.page.getByRole('button', { name: this.#ui.t().back }).click();
  }

  rotateDialog(name: string) {
    return this.#ui.page.getByRole('dialog', { name: this.#ui.t().rotateTitle(name) });
  }

  /** Opens "Rotate credentials", types the new ones and sends "Test and save". */
  async rotate(name: string, form: ProviderForm): Promise<void> {
    await this.button('rotate').click();
    const dialog = this.rotateDialog(name);
    await fillCredentials(dialog, form, this.#ui.t());
    await dialog.getByRole('button', { name: this.#ui.t().rotateSubmit }).click();
  }

  async closeRotate(name: string, how: 'done' | 'cancel'): Promise<void> {
    const dialog = this.rotateDialog(name);
    await dialog.getByRole('button', { name: this.#ui.t()[how], exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  deleteDialog(name: string) {
    return this.#ui.page.getByRole('dialog', { name: this.#ui.t().deleteTitle(name) });
  }

  deleteConfirmation(name: string) {
    return this.deleteDialog(name).getByRole('button', { name: this.#ui.t().deleteConfirm });
  }

  /** Opens "Delete"; the confirmation stays off until the name is typed. */
  async delete(name: string): Promise<void> {
    await this.button('delete').click();
    const dialog = this.deleteDialog(name);
    await expect(this.deleteConfirmation(name)).toBeDisabled();
    await dialog.getByLabel(this.#ui.t().deleteConfirmLabel(name)).fill(name);
    await this.deleteConfirmation(name).click();
  }
}
