import { APP_PROTOCOL } from '../../../shared/deep-link.ts';

/**
 * The deep link among a launch's arguments, on Windows and Linux: the OS starts the app with the
 * URL as an argument (the first launch's `process.argv`, or a second launch's argv that the
 * single-instance lock hands to the running app in `second-instance`). Chromium may add its own
 * switches around it, so the first argument with our scheme is taken; the parser checks it.
 */
export function deepLinkFromArgv(argv: readonly string[]): string | null {
  const prefix = `${APP_PROTOCOL}:`;
  return argv.find((arg) => arg.slice(0, prefix.length).toLowerCase() === prefix) ?? null;
}
