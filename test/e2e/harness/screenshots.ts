import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../../..');
/** Artifacts of every run (CI uploads test-results/). */
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
/** The list screen the README shows; committed. */
export const README_SCREENSHOT = join(ROOT, 'test/e2e/screenshots/integrations-list.png');

/**
 * Saves a PNG of a main screen as a test artifact (and attaches it to the report). Animations are
 * stopped and the caret hidden, so two runs of the same screen look the same.
 */
export async function saveScreenshot(
  target: Page | Locator,
  name: string,
  testInfo: TestInfo,
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

/**
 * Refreshes the README's picture of the list screen when it is missing or when
 * ATERGES_UPDATE_SCREENSHOTS=1; otherwise it is left alone, so an ordinary run does not change
 * a committed file (the names, times and key hints on screen differ from run to run).
 */
export function updateReadmeScreenshot(path: string): void {
  if (existsSync(README_SCREENSHOT) && process.env.ATERGES_UPDATE_SCREENSHOTS !== '1') return;
  copyFileSync(path, README_SCREENSHOT);
}
