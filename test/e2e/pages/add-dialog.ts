import { expect } from '@playwright/test';
// The radio buttons show each descriptor's product name.
import { PROVIDER_NAMES } from '../../../shared/providers/registry.ts';
import type { ProviderForm } from '../harness/provider-accounts.ts';
import { fillCredentials, fillSettings } from './credential-fields.ts';
import type { UiContext } from './ui-context.ts';

/** The "New integration" dialog: provider, name, credentials, settings, then the outcome. */
export class AddDialog {
  readonly #ui: UiContext;
  /** The name last typed, which the outcome sentences quote. */
  #lastName = '';

  constructor(ui: UiContext) {
    this.#ui = ui;
  }

  get root() {
    return this.#ui.page.getByRole('dialog', { name: this.#ui.t().addTitle });
  }

  /** The test result shown after "Save and verify". */
  get result() {
    return this.root.locator('.test-result');
  }

  async chooseProvider(type: ProviderForm['type']): Promise<void> {
    await this.root.getByRole('radio', { name: PROVIDER_NAMES[type], exact: true }).check();
  }

  /** Chooses the provider and fills every field (or all but the secrets), without saving. */
  async fill(
    name: string,
    form: ProviderForm,
    options: { credentials?: boolean } = {},
  ): Promise<void> {
    const t = this.#ui.t();
    await this.chooseProvider(form.type);
    this.#lastName = name;
    await this.root.getByLabel(t.name, { exact: true }).fill(name);
    if (options.credentials !== false) await this.fillCredentials(form);
    await fillSettings(this.root, form, t);
  }

  async fillCredentials(form: ProviderForm): Promise<void> {
    await fillCredentials(this.root, form, this.#ui.t());
  }

  async saveAndVerify(): Promise<void> {
    await this.root.getByRole('button', { name: this.#ui.t().saveAndVerify }).click();
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: this.#ui.t().save, exact: true }).click();
  }

  /** Waits for "“name” was saved" (Save) or "“name” is saved and its connection works". */
  async expectSaved(name: string): Promise<void> {
    const t = this.#ui.t();
    const saved = this.root.getByText(t.saved(name), { exact: true });
    await expect(saved.or(this.root.getByText(t.savedVerified(name)))).toBeVisible();
  }

  /** After a failed "Save and verify": still on the form, the integration stored. */
  async expectTestFailed(name: string): Promise<void> {
    await expect(this.root.getByText(this.#ui.t().addFailed(name))).toBeVisible();
  }

  async retryFixed(): Promise<void> {
    await this.root.getByRole('button', { name: this.#ui.t().retryFixed }).click();
  }

  async keepAnyway(): Promise<void> {
    await this.root.getByRole('button', { name: this.#ui.t().keepAnyway }).click();
    await expect(this.root.getByText(this.#ui.t().savedKept(this.#lastName))).toBeVisible();
  }

  async discard(): Promise<void> {
    await this.root.getByRole('button', { name: this.#ui.t().discard }).click();
    await expect(this.root).toBeHidden();
  }

  async done(): Promise<void> {
    await this.root.getByRole('button', { name: this.#ui.t().done, exact: true }).click();
    await expect(this.root).toBeHidden();
  }

  /** The whole flow: open, fill, save (and verify), see it saved, close. */
  async add(name: string, form: ProviderForm, options: { verify?: boolean } = {}): Promise<void> {
    await this.#ui.page.getByRole('button', { name: this.#ui.t().newIntegration }).click();
    await this.fill(name, form);
    if (options.verify === false) await this.save();
    else await this.saveAndVerify();
    await this.expectSaved(name);
    await this.done();
  }
}
