import type { Page } from '@playwright/test';
import { AddDialog } from './add-dialog.ts';
import { AuthPage } from './auth-page.ts';
import { DetailPage } from './detail-page.ts';
import { IntegrationsPage } from './integrations-page.ts';
import type { Labels, Language } from './labels.ts';
import { LABELS } from './labels.ts';
import { ShellPage } from './shell-page.ts';
import type { UiContext } from './ui-context.ts';

/** The app's screens as page objects, all reading the labels of the language on screen. */
export class AppUi implements UiContext {
  readonly page: Page;
  readonly auth: AuthPage;
  readonly shell: ShellPage;
  readonly list: IntegrationsPage;
  readonly add: AddDialog;
  readonly detail: DetailPage;
  #language: Language = 'en';

  constructor(page: Page) {
    this.page = page;
    this.auth = new AuthPage(this);
    this.shell = new ShellPage(this, (language) => {
      this.#language = language;
    });
    this.list = new IntegrationsPage(this);
    this.add = new AddDialog(this);
    this.detail = new DetailPage(this);
  }

  t(): Labels {
    return LABELS[this.#language];
  }

  get language(): Language {
    return this.#language;
  }
}
