/**
 * Changing the local Auth stand-in's settings for one test: the old value comes back when the
 * test finishes, pass or fail, so one test's e-mail limit or password rule never leaks into the
 * next.
 */
import { onTestFinished } from 'vitest';
import type { AuthSettings } from '../../supabase/local/api/gotrue/auth-settings.ts';
import type { LocalStack } from '../../supabase/local/stack.ts';

export function settingSwitch(
  stackOf: () => LocalStack,
): <K extends keyof AuthSettings>(key: K, value: AuthSettings[K]) => void {
  return (key, value) => {
    const settings = stackOf().authSettings;
    const before = settings[key];
    settings[key] = value;
    onTestFinished(() => {
      settings[key] = before;
    });
  };
}
