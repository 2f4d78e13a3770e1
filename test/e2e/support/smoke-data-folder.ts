import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_UI_PREFERENCES } from '../../../shared/app-settings.ts';
import type { ConnectionSettings } from '../../../shared/app-settings.ts';
import {
  serializeSettings,
  writeFileAtomically,
} from '../../../electron/main/settings/settings-file.ts';
import { SETTINGS_FILE_NAME } from '../../../electron/main/settings/settings-store.ts';
import type { Canaries } from '../harness/canaries.ts';

/** Removes a throwaway data folder; one still held open (Windows) is left to the OS's temp. */
export function removeDataFolder(dataDir: string): void {
  try {
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  } catch {
    // Not a failure of the app.
  }
}

/**
 * Gives a fresh data folder the project a person would have chosen under "Project", in English:
 * the same file, written by the same code, as when the app saves that choice. This is how the
 * smoke test points the real app at the local Supabase: a packaged build ignores
 * ATERGES_LOCAL_SUPABASE_URL by design (connection-sources.ts), and the user's saved project wins
 * over a project baked in at build time (SettingsStore), so it works for both the unpackaged app
 * and the release's packaged test build.
 */
export async function saveProjectIn(
  dataDir: string,
  connection: ConnectionSettings,
): Promise<void> {
  await writeFileAtomically(
    join(dataDir, SETTINGS_FILE_NAME),
    serializeSettings({
      connection,
      preferences: { ...DEFAULT_UI_PREFERENCES, language: 'en' },
      projectSavedBefore: true,
    }),
  );
}

/**
 * Every file under the data folder (Chromium's own storage, the app's logs, settings and sealed
 * files) holding a canary, as `relative/path: label`. Read as UTF-8 and as UTF-16 (Chromium keeps
 * some strings that way).
 */
export function canariesInFolder(dataDir: string, canaries: Canaries): string[] {
  const found: string[] = [];
  const visit = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) visit(path, relative);
      else if (stats.isFile()) {
        let data: Buffer;
        try {
          data = readFileSync(path);
        } catch {
          // Held open by a helper process that outlived the app (Windows): not the app's data.
          continue;
        }
        const labels = new Set([
          ...canaries.foundIn(data.toString('utf8')),
          ...canaries.foundIn(data.toString('utf16le')),
        ]);
        for (const label of labels) found.push(`${relative}: ${label}`);
      }
    }
  };
  visit(dataDir, '');
  return found;
}
