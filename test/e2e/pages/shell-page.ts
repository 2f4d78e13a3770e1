import type { Language } from './labels.ts';
import type { UiContext } from './ui-context.ts';

/** What surrounds every signed-in screen: top bar, sidebar and the offline banner. */
export class ShellPage {
  readonly #ui: UiContext;
  readonly #setLanguage: (language: Language) => void;

  constructor(ui: UiContext, setLanguage: (language: Language) => void) {
    this.#ui = ui;
    this.#setLanguage = setLanguage;
  }

  /** Picks the language in the top bar ("Language" / "Idioma"). */
  async chooseLanguage(language: Language): Promise<void> {
    await this.#ui.page.getByLabel(this.#ui.t().language, { exact: true }).selectOption(language);
    this.#setLanguage(language);
  }

  /** Picks the theme in the top bar ("Theme" / "Tema"); the page pins it on <html data-theme>. */
  async chooseTheme(theme: 'light' | 'dark' | 'system'): Promise<void> {
    await this.#ui.page.getByLabel(this.#ui.t().theme, { exact: true }).selectOption(theme);
  }

  /** The sidebar's "Signed in as" line. */
  signedInAs(email: string) {
    return this.#ui.page.getByRole('complementary').getByText(email, { exact: true });
  }

  async signOut(): Promise<void> {
    await this.#ui.page.getByRole('button', { name: this.#ui.t().signOut, exact: true }).click();
  }

  async openIntegrations(): Promise<void> {
    await this.#ui.page
      .getByRole('navigation')
      .getByRole('button', { name: this.#ui.t().integrations, exact: true })
      .click();
  }

  /** The "You are offline" banner (a status region named by its title). */
  get offlineBanner() {
    return this.#ui.page.getByRole('status', { name: this.#ui.t().offline, exact: true });
  }

  async retryNow(): Promise<void> {
    await this.offlineBanner.getByRole('button', { name: this.#ui.t().retryNow }).click();
  }
}
