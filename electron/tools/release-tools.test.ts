import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkReleaseInputs, githubRepositoryOf } from './check-release-inputs.ts';
import { findPackagedApp } from './find-packaged-app.ts';

function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(payload)}.c2ln`;
}

const REPOSITORY = { type: 'git', url: 'git+https://github.com/aterges/aterges-desktop.git' };

describe('checkReleaseInputs', () => {
  const url = 'https://releaseprojref1.supabase.co';

  it('accepts a tag equal to v + version, with or without build-time settings', () => {
    expect(
      checkReleaseInputs({ repository: REPOSITORY, tag: 'v1.2.0', version: '1.2.0', env: {} }),
    ).toEqual({
      errors: [],
      notes: ['no build-time Supabase project: users connect their own in Settings on first run'],
    });
    const withProject = checkReleaseInputs({
      repository: REPOSITORY,
      tag: 'v1.2.0',
      version: '1.2.0',
      env: {
        MAIN_VITE_SUPABASE_URL: url,
        MAIN_VITE_SUPABASE_ANON_KEY: jwt({ role: 'anon', ref: 'releaseprojref1' }),
      },
    });
    expect(withProject).toEqual({
      errors: [],
      notes: ['build-time Supabase project: releaseprojref1.supabase.co'],
    });
  });

  it('refuses a tag that does not match the version', () => {
    expect(
      checkReleaseInputs({ repository: REPOSITORY, tag: 'v1.2.1', version: '1.2.0', env: {} })
        .errors,
    ).toEqual(["the tag v1.2.1 does not match package.json's version 1.2.0 (expected v1.2.0)"]);
  });

  it('refuses to bake a service_role key into the installers, without printing it', () => {
    const canary = 'release-canary-93ad';
    const { errors } = checkReleaseInputs({
      repository: REPOSITORY,
      tag: 'v1.0.0',
      version: '1.0.0',
      env: {
        MAIN_VITE_SUPABASE_URL: url,
        MAIN_VITE_SUPABASE_ANON_KEY: jwt({ role: 'service_role', c: canary }),
      },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^MAIN_VITE_SUPABASE_ANON_KEY: This is the service_role key/);
    expect(errors.join()).not.toContain(canary);
  });

  it('refuses half a configuration', () => {
    const { errors } = checkReleaseInputs({
      repository: REPOSITORY,
      tag: 'v1.0.0',
      version: '1.0.0',
      env: { MAIN_VITE_SUPABASE_URL: url },
    });
    expect(errors).toEqual([
      "MAIN_VITE_SUPABASE_ANON_KEY: Enter your project's anon (publishable) key.",
    ]);
  });
});

describe('the repository the update feed points at', () => {
  it.each([
    ['git+https://github.com/aterges/aterges-desktop.git', 'aterges/aterges-desktop'],
    ['https://github.com/Aterges/aterges-desktop', 'Aterges/aterges-desktop'],
    ['git@github.com:aterges/aterges-desktop.git', 'aterges/aterges-desktop'],
    ['ssh://git@github.com/aterges/aterges-desktop.git', 'aterges/aterges-desktop'],
    ['github:aterges/aterges-desktop', 'aterges/aterges-desktop'],
    ['aterges/aterges-desktop', 'aterges/aterges-desktop'],
    ['https://gitlab.com/aterges/aterges-desktop', null],
    ['', null],
  ])('reads %s as %s', (url, expected) => {
    expect(githubRepositoryOf(url)).toBe(expected);
    expect(githubRepositoryOf({ url })).toBe(expected);
  });

  it("accepts the workflow's repository when package.json names it (any case)", () => {
    const env = { GITHUB_REPOSITORY: 'Aterges/Aterges-Desktop' };
    expect(
      checkReleaseInputs({ repository: REPOSITORY, tag: 'v1.0.0', version: '1.0.0', env }).errors,
    ).toEqual([]);
  });

  it('refuses to release from another repository than package.json names, or from none', () => {
    const env = { GITHUB_REPOSITORY: 'someone/fork' };
    expect(
      checkReleaseInputs({ repository: REPOSITORY, tag: 'v1.0.0', version: '1.0.0', env }).errors,
    ).toEqual([
      "package.json's repository is aterges/aterges-desktop but this release runs in someone/fork: installed apps would look for updates where this release is not published (edit package.json's repository)",
    ]);
    expect(checkReleaseInputs({ tag: 'v1.0.0', version: '1.0.0', env: {} }).errors).toEqual([
      "package.json has no GitHub `repository`: the app's update feed would point nowhere",
    ]);
  });
});

describe('findPackagedApp', () => {
  let out: string;
  const touch = (path: string): void => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), '');
  };
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'aterges-release-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it.each([
    ['linux', 'linux-unpacked/aterges-desktop'],
    ['linux', 'linux-arm64-unpacked/aterges-desktop'],
    ['win32', 'win-unpacked/Aterges Desktop.exe'],
    ['darwin', 'mac-arm64/Aterges Desktop.app/Contents/MacOS/Aterges Desktop'],
    ['darwin', 'mac/Aterges Desktop.app/Contents/MacOS/Aterges Desktop'],
  ] as const)('finds the %s executable at %s', (platform, path) => {
    touch(path);
    touch('builder-debug.yml');
    expect(findPackagedApp(out, platform)).toBe(join(out, path));
  });

  it('returns null when there is no app for the platform', () => {
    touch('linux-unpacked/aterges-desktop');
    expect(findPackagedApp(out, 'win32')).toBeNull();
    expect(findPackagedApp(join(out, 'missing'), 'linux')).toBeNull();
  });
});
