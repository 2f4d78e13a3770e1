import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import * as asar from '@electron/asar';
import { load } from 'js-yaml';
import { NtExecutable, NtExecutableResource } from 'resedit';
import type { PackagedApp } from './package-app.ts';

/* Reading back what electron-builder made: the archive, the embedded integrity, the folders. */

// @electron/asar takes paths with the platform's separator; the tests write them with '/'.
export const statFile = (archive: string, path: string): ReturnType<typeof asar.statFile> =>
  asar.statFile(archive, normalize(path));
export const extractFile = (archive: string, path: string): Buffer =>
  asar.extractFile(archive, normalize(path));

/** Every path in app.asar, with '/' and no leading slash. */
export const asarEntries = (app: PackagedApp): string[] =>
  asar
    .listPackage(app.asar, { isPack: false })
    .map((path) => path.split(sep).join('/').replace(/^\//, ''));

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Bytes of every file under `dir` (hard links counted each time, as an installer ships them). */
export function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return filesUnder(path).reduce((sum, file) => sum + statSync(join(path, file)).size, 0);
}

/** The SHA-256 of app.asar's header: what Electron checks when the integrity fuse is on. */
export function asarHeaderHash(archive: string): string {
  return createHash('sha256').update(asar.getRawHeader(archive).headerString).digest('hex');
}

export interface EmbeddedIntegrity {
  file: string;
  algorithm: string;
  hash: string;
}

/**
 * The asar integrity electron-builder embedded: in the ELECTRONASAR resource of the Windows
 * executable, in Info.plist's ElectronAsarIntegrity on macOS. Linux has none (Electron does not
 * check it there).
 */
export function embeddedIntegrity(app: PackagedApp): EmbeddedIntegrity[] {
  if (app.platform === 'win') {
    const executable = NtExecutable.from(readFileSync(app.executable));
    const entry = NtExecutableResource.from(executable).entries.find(
      (resource) => resource.type === 'INTEGRITY' && resource.id === 'ELECTRONASAR',
    );
    if (!entry) return [];
    const list = JSON.parse(Buffer.from(entry.bin).toString('utf8')) as {
      file: string;
      alg: string;
      value: string;
    }[];
    return list.map(({ file, alg, value }) => ({ file, algorithm: alg, hash: value }));
  }
  if (app.platform === 'mac') {
    const plist = readFileSync(join(app.resourcesDir, '..', 'Info.plist'), 'utf8');
    const block =
      /<key>ElectronAsarIntegrity<\/key>\s*<dict>\s*<key>([^<]+)<\/key>\s*<dict>([\s\S]*?)<\/dict>/.exec(
        plist,
      );
    if (!block) return [];
    const value = (key: string): string =>
      new RegExp(`<key>${key}</key>\\s*<string>([^<]+)</string>`).exec(block[2]!)?.[1] ?? '';
    return [{ file: block[1]!, algorithm: value('algorithm'), hash: value('hash') }];
  }
  return [];
}

/** The update feed settings electron-updater would read in the installed app. */
export const readUpdateFeed = (app: PackagedApp): unknown =>
  load(readFileSync(app.updateFeed, 'utf8'));

/**
 * Chromium locale names left in the package, per folder electronLanguages prunes: locales/*.pak
 * on Windows and Linux; on macOS the *.lproj folders of Resources and of the Electron Framework.
 */
export function localesLeft(app: PackagedApp): Record<string, string[]> {
  const names = (dir: string, ext: string): string[] =>
    readdirSync(dir)
      .filter((name) => name.endsWith(ext))
      .map((name) => name.slice(0, -ext.length))
      .sort();
  if (app.platform === 'mac') {
    const framework = join(
      app.resourcesDir,
      '..',
      'Frameworks',
      'Electron Framework.framework',
      'Versions',
      'A',
      'Resources',
    );
    return { Resources: names(app.resourcesDir, '.lproj'), framework: names(framework, '.lproj') };
  }
  return { locales: names(join(app.appOutDir, 'locales'), '.pak') };
}
