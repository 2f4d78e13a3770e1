import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Every visible control has an accessible name (what its accessibility snapshot would show):
 * buttons, fields, selects, radios and progress bars. The message names the screen and the control.
 */
export async function expectNamedControls(page: Page, screen: string): Promise<void> {
  const controls = page.locator(
    'button:visible, input:visible, select:visible, textarea:visible, [role=radio]:visible, progress:visible',
  );
  for (const control of await controls.all()) {
    await expect(
      control,
      `${screen}: ${await control.evaluate((e) => e.outerHTML.slice(0, 120))}`,
    ).toHaveAccessibleName(/\S/);
  }
}
