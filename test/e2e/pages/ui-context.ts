import type { Page } from '@playwright/test';
import type { Labels } from './labels.ts';

/** What every page object needs: the page and the labels of the language on screen. */
export interface UiContext {
  readonly page: Page;
  /** The labels of the current language (changes when the user picks another). */
  t(): Labels;
}
