import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_FILE_NAME } from './settings-store.ts';

/**
 * The language the person chose in the app, read before Electron is ready, for Chromium's own
 * locale (`--lang`): the page's words follow the catalogues anyway, but what Chromium draws itself
 * (the day/month order and placeholder of a date field, as on the Activity page's filters) follows
 * its locale, and would otherwise be the system's. "system", a missing or unreadable file: null,
 * and Chromium keeps the system's locale. Read once at start: a change applies at the next start.
 */
const MAX_BYTES = 64 * 1024;

export function savedLanguageForChromium(directory: string): 'en' | 'es' | null {
  const file = join(directory, SETTINGS_FILE_NAME);
  try {
    // Only a small regular file: a FIFO or a device there must not hold up the start (as
    // read-regular-file.ts guards the other reads), nor a link send the read elsewhere.
    const entry = lstatSync(file);
    if (!entry.isFile() || entry.size > MAX_BYTES) return null;
    const settings: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const language =
      typeof settings === 'object' && settings !== null && 'preferences' in settings
        ? (settings.preferences as { language?: unknown } | null)?.language
        : undefined;
    return language === 'en' || language === 'es' ? language : null;
  } catch {
    return null;
  }
}
