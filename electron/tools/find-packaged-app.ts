/**
 * `node electron/tools/find-packaged-app.ts <output dir>` prints the absolute path of the app
 * executable in an electron-builder `--dir` output (e.g. release-test/), for the smoke test's
 * ATERGES_ELECTRON_EXECUTABLE. Exit 1 when there is none.
 *
 * Layouts: linux-unpacked/<executableName>, win-unpacked/<productName>.exe,
 * mac/ or mac-arm64/<productName>.app/Contents/MacOS/<productName> (with -arm64 etc. variants).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Aterges Desktop';
export const EXECUTABLE_NAME = 'aterges-desktop';

export function findPackagedApp(
  outputDir: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (!existsSync(outputDir)) return null;
  const dirs = readdirSync(outputDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const candidates =
    platform === 'darwin'
      ? dirs
          .filter((name) => /^mac(-[a-z0-9]+)?$/.test(name))
          .map((name) =>
            join(outputDir, name, `${PRODUCT_NAME}.app`, 'Contents', 'MacOS', PRODUCT_NAME),
          )
      : platform === 'win32'
        ? dirs
            .filter((name) => /^win(-[a-z0-9]+)?-unpacked$/.test(name))
            .map((name) => join(outputDir, name, `${PRODUCT_NAME}.exe`))
        : dirs
            .filter((name) => /^linux(-[a-z0-9]+)?-unpacked$/.test(name))
            .map((name) => join(outputDir, name, EXECUTABLE_NAME));
  const found = candidates.find((path) => existsSync(path));
  return found ? resolve(found) : null;
}

if (import.meta.main) {
  const outputDir = process.argv[2] ?? 'release-test';
  const found = findPackagedApp(outputDir);
  if (!found) {
    console.error(`find-packaged-app: no packaged app for ${process.platform} in ${outputDir}`);
    process.exit(1);
  }
  console.log(found);
}
