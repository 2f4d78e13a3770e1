import type { Updater } from './auto-update.ts';

/**
 * electron-updater's platform updater (NSIS on Windows, Squirrel.Mac on macOS, AppImage or deb on
 * Linux), loaded on demand: importing it picks the platform and reads Electron's `app`.
 */
export async function loadElectronUpdater(): Promise<Updater> {
  const module = await import('electron-updater');
  // `autoUpdater` is a lazy getter on module.exports, which Node's ESM loader does not list as a
  // named export of this CommonJS package: reach it through the default export.
  return module.default.autoUpdater;
}
