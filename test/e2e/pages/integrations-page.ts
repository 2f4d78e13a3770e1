import { expect } from '@playwright/test';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import type { UiContext } from './ui-context.ts';

/** The integration list: header actions, rows and the "Test all" summary. */
export class IntegrationsPage {
  readonly #ui: UiContext;

  constructor(ui: UiContext) {
    this.#ui = ui;
  }

  get heading() {
    return this.#ui.page.getByRole('heading', { level: 1, name: this.#ui.t().integrations });
  }

  get newIntegrationButton() {
    return this.#ui.page.getByRole('button', { name: this.#ui.t().newIntegration });
  }

  get testAllButton() {
    return this.#ui.page.getByRole('button', { name: this.#ui.t().testAll, exact: true });
  }

  get emptyAction() {
    return this.#ui.page.getByRole('button', { name: this.#ui.t().emptyAction });
  }

  get rows() {
    return this.#ui.page.getByTestId('integration-row');
  }

  row(name: string) {
    return this.#ui.page.locator(
      `[data-testid="integration-row"][data-integration-name=${JSON.stringify(name)}]`,
    );
  }

  testButton(name: string) {
    return this.row(name).getByRole('button', { name: this.#ui.t().test, exact: true });
  }

  async expectStatus(name: string, status: IntegrationStatus): Promise<void> {
    await expect(this.row(name)).toHaveAttribute('data-status', status);
  }

  async openAddDialog(): Promise<void> {
    await this.newIntegrationButton.click();
  }

  async testAll(): Promise<void> {
    await this.testAllButton.click();
  }

  testAllSummary(count: number, ok: number, failed: number) {
    return this.#ui.page.getByText(this.#ui.t().testAllSummary(count, ok, failed));
  }

  async manage(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: this.#ui.t().manage(name) })
      .click();
  }
}
