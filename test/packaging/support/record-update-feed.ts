/**
 * A test-only electron-builder `afterPack` hook (package-app.ts adds it for Windows and macOS).
 *
 * electron-builder writes resources/app-update.yml only when the build has a target that
 * electron-updater can update from: nsis on Windows, dmg or zip on macOS (app-builder-lib
 * PublishManager.js). Those targets need makensis and 7za, which electron-builder downloads, so a
 * `dir` build here has no app-update.yml. This hook asks electron-builder's own function, with the
 * very packager of the build, for the file it would write, and puts it beside the output
 * (not inside the app, which stays exactly as electron-builder made it).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AfterPackContext } from 'app-builder-lib';
import { getAppUpdatePublishConfiguration } from 'app-builder-lib/out/publish/PublishManager.js';
import { serializeToYaml } from 'builder-util';

export const UPDATE_FEED_FILE = 'app-update.would-write.yml';

export async function afterPack(context: AfterPackContext): Promise<void> {
  const config = await getAppUpdatePublishConfiguration(
    context.packager,
    null,
    context.arch,
    false,
  );
  if (config) await writeFile(join(context.outDir, UPDATE_FEED_FILE), serializeToYaml(config));
}
