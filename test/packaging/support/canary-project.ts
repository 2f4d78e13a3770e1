import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectPath } from './project.ts';

/** A string that must never appear in a package. */
export const PACKAGING_CANARY = 'aterges-packaging-canary-4c1e9b';

/** Files that must stay out of app.asar, each holding the canary. */
export const CANARY_FILES = [
  '.env',
  '.env.local',
  'out/.env',
  'out/main/.env.production',
  'out/main/index.js.map',
  'out/renderer/assets/app.js.map',
  'out/main/settings.test.js',
  'out/preload/bridge.spec.cjs',
  'out/main/leftover.ts',
  'src/index.ts',
  'electron/main/index.ts',
  'shared/app-settings.ts',
  'test/packaging/example.test.ts',
  'supabase/seed.sql',
] as const;

/**
 * A copy of the project's packaging inputs (package.json, configs, icons, the built out/) with
 * canary files planted in and around out/. node_modules is linked, not copied.
 */
export function createCanaryProject(dir: string): string {
  for (const file of [
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'electron-builder.test.yml',
  ]) {
    cpSync(projectPath(file), join(dir, file));
  }
  cpSync(projectPath('electron', 'resources'), join(dir, 'electron', 'resources'), {
    recursive: true,
  });
  cpSync(projectPath('out'), join(dir, 'out'), { recursive: true });
  // A junction needs no privileges on Windows; elsewhere the type is ignored.
  symlinkSync(projectPath('node_modules'), join(dir, 'node_modules'), 'junction');
  for (const file of CANARY_FILES) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `SECRET=${PACKAGING_CANARY}\n`);
  }
  return dir;
}
