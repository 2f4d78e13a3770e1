import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { APP_PROTOCOL } from '../../shared/deep-link.ts';
import { githubRepositoryOf } from '../../electron/tools/check-release-inputs.ts';
import { EXECUTABLE_NAME, PRODUCT_NAME } from '../../electron/tools/find-packaged-app.ts';
import { projectDir, projectPath, readJson, readYaml, RELEASE_FUSES } from './support/project.ts';

/*
 * The packaging configuration as written (YAML) and as electron-builder itself loads, merges and
 * validates it. packaged-app.test.ts then proves what a real packaging run makes of it.
 */

const release = readYaml<Configuration & Record<string, unknown>>('electron-builder.yml');
const testBuild = readYaml<Record<string, unknown>>('electron-builder.test.yml');
const loaded = (file: string): Promise<Configuration> => getConfig(projectDir, file, null);

type TargetList = (string | { target: string; arch?: string[] })[];
const targets = (list: unknown): Record<string, string[]> =>
  Object.fromEntries(
    (list as TargetList).map((entry) =>
      typeof entry === 'string' ? [entry, []] : [entry.target, entry.arch ?? []],
    ),
  );

describe('release configuration (electron-builder.yml)', () => {
  it('names the app as package.json does', () => {
    expect(release.appId).toBe('app.aterges.desktop');
    expect(release.productName).toBe(readJson('package.json').productName);
    expect(release.productName).toBe('Aterges Desktop');
  });

  it('names the executable as the release smoke test looks for it, on every system', () => {
    // electron-builder's rule (app-builder-lib appInfo.js and platformPackager.js): Windows and
    // macOS name the binary and the .app after `<platform>.executableName ?? executableName ??
    // productName`; Linux after `linux.executableName ?? executableName ?? lower-case name`.
    const platform = (name: string) => (release[name] ?? {}) as { executableName?: string };
    expect(release.executableName).toBeUndefined();
    for (const name of ['win', 'mac']) {
      expect(platform(name).executableName ?? release.productName).toBe(PRODUCT_NAME);
    }
    expect(platform('linux').executableName).toBe(EXECUTABLE_NAME);
  });

  it('builds AppImage and deb, dmg for x64 and arm64 (plus the zip updates need), NSIS', () => {
    expect(targets(release.linux?.target)).toEqual({ AppImage: [], deb: [] });
    expect(targets(release.mac?.target)).toEqual({ dmg: ['x64', 'arm64'], zip: ['x64', 'arm64'] });
    expect(targets(release.win?.target)).toEqual({ nsis: ['x64'] });
  });

  it('registers the aterges:// protocol (Info.plist, Windows registry, Linux desktop file)', () => {
    // electron-builder turns each scheme into the desktop file's MimeType=x-scheme-handler/<scheme>;
    // the app receives auth links at aterges://auth/callback (shared/deep-link.ts).
    expect(release.protocols).toEqual([{ name: 'Aterges Desktop', schemes: [APP_PROTOCOL] }]);
  });

  it('hardens every fuse the issue lists', () => {
    expect(release.electronFuses).toEqual({ ...RELEASE_FUSES, resetAdHocDarwinSignature: true });
  });

  it("packs into asar and unpacks native addons, keytar's among them", () => {
    expect(release.asar).toBe(true);
    const patterns = release.asarUnpack as string[];
    expect(patterns).toContain('**/*.node');
    const keytar = 'node_modules/keytar/build/Release/keytar.node';
    expect(patterns.some((pattern) => posix.matchesGlob(keytar, pattern))).toBe(true);
  });

  it('takes only out/** and package.json, and excludes maps, .env files, tests and sources', () => {
    const files = release.files as string[];
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['package.json', 'out/**']);
    const excluded = (path: string): boolean =>
      files.some((pattern) => pattern.startsWith('!') && posix.matchesGlob(path, pattern.slice(1)));
    for (const path of [
      'out/main/index.js.map',
      'out/renderer/assets/index.js.map',
      'out/.env',
      'out/main/.env.production',
      'out/main/settings.test.js',
      'out/main/ipc.spec.cjs',
      'out/main/index.ts',
      'node_modules/openai/src/index.ts',
      'node_modules/zod/index.d.cts',
    ]) {
      expect(excluded(path), path).toBe(true);
    }
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(excluded(path), path).toBe(false);
    }
  });

  it('publishes to GitHub releases; owner, repo and deb maintainer come from package.json', () => {
    expect(release.publish).toEqual({ provider: 'github' });
    expect(release.linux?.maintainer).toBeUndefined();
    const pkg = readJson<{ author: unknown; repository: unknown }>('package.json');
    expect(pkg.author).toEqual({ name: 'Aterges', email: 'desktop@aterges.app' });
    expect(githubRepositoryOf(pkg.repository as string)).toBe('aterges/aterges-desktop');
    // Nothing else names the repository: not the configuration, not the workflows.
    for (const file of ['electron-builder.yml', '.github/workflows/release.yml']) {
      expect(readFileSync(projectPath(file), 'utf8'), file).not.toMatch(
        /aterges\/aterges-desktop|GH_OWNER/,
      );
    }
  });

  it('uses icons generated from the one source image, and minimal macOS entitlements', () => {
    expect(release.directories?.buildResources).toBe('electron/resources');
    expect(release.linux?.icon).toBe('electron/resources/icons');
    expect(existsSync(projectPath('electron/resources/icons/512x512.png'))).toBe(true);
    for (const file of [release.mac?.icon, release.win?.icon]) {
      expect(existsSync(projectPath(file as string)), String(file)).toBe(true);
    }
    expect(release.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(projectPath(release.mac?.entitlements as string), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('ships only the English and Spanish Chromium locales', () => {
    // packaged-app.test.ts checks what electron-builder removes on each system.
    expect(release.electronLanguages).toEqual(['en', 'es']);
  });

  it('makes the deb depend on libsecret, which keytar needs for the Secret Service', () => {
    expect(release.deb?.depends).toContain('libsecret-1-0');
  });
});

describe('test configuration (electron-builder.test.yml)', () => {
  it('extends the release configuration and changes nothing but the listed keys', () => {
    expect(Object.keys(testBuild).sort()).toEqual([
      'directories',
      'electronFuses',
      'extends',
      'publish',
    ]);
    expect(testBuild.extends).toBe('electron-builder.yml');
    expect(testBuild.electronFuses).toEqual({ enableNodeCliInspectArguments: true });
    // Never published, and never in the folder the release workflow uploads from.
    expect(testBuild.publish).toBeNull();
    expect(testBuild.directories).toEqual({ output: 'release-test' });
    expect(release.directories?.output).toBe('release');
  });

  it('as electron-builder merges it: the release fuses with only nodeCliInspect on', async () => {
    const merged = await loaded('electron-builder.test.yml');
    expect(merged.electronFuses).toEqual({
      ...RELEASE_FUSES,
      enableNodeCliInspectArguments: true,
      resetAdHocDarwinSignature: true,
    });
    const releaseLoaded = await loaded('electron-builder.yml');
    const { electronFuses: _a, publish: _b, directories: _c, extends: _d, ...restOfTest } = merged;
    const { electronFuses: _e, publish: _f, directories: _g, ...restOfRelease } = releaseLoaded;
    expect(restOfTest).toEqual(restOfRelease);
  });

  it.each([
    'electron-builder.yml',
    'electron-builder.test.yml',
    'electron-builder.unsigned-mac.yml',
  ])('%s passes electron-builder’s own schema validation', async (file) => {
    await expect(
      validateConfiguration(await loaded(file), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });
});

describe('release variants', () => {
  it('unsigned macOS: the release configuration without a publish target (no update feed)', async () => {
    expect(readYaml('electron-builder.unsigned-mac.yml')).toEqual({
      extends: 'electron-builder.yml',
      publish: null,
    });
    const { publish, extends: _e, ...rest } = await loaded('electron-builder.unsigned-mac.yml');
    const { publish: _p, ...releaseRest } = await loaded('electron-builder.yml');
    expect(publish).toBeNull();
    expect(rest).toEqual(releaseRest);
  });

  it("Azure Trusted Signing: the workflow's --config.win.azureSignOptions.* overrides validate", async () => {
    // What electron-builder's CLI makes of the dot-notation flags in release.yml, merged over the
    // file as app-builder-lib's getConfig does.
    const azureSignOptions = {
      endpoint: 'https://weu.codesigning.azure.net',
      codeSigningAccountName: 'aterges',
      certificateProfileName: 'aterges-public',
      publisherName: 'Aterges',
    };
    const merged = await getConfig(projectDir, null, { win: { azureSignOptions } });
    expect(merged.win?.azureSignOptions).toEqual(azureSignOptions);
    expect(merged.win?.target).toEqual(release.win?.target);
    await expect(validateConfiguration(merged, new DebugLogger(false))).resolves.toBeUndefined();
  });
});
