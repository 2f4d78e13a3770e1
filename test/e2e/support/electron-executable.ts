import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a runnable Electron is, without triggering electron's on-demand download (its
 * `require('electron')` fetches the binary when missing, which fails offline).
 * `ATERGES_ELECTRON_EXECUTABLE` points at a packaged test build in the release workflow.
 */
export function findElectronExecutable(root: string): string | null {
  const fromEnvironment = process.env.ATERGES_ELECTRON_EXECUTABLE;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : null;
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
