import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FuseState, FuseV1Options } from '@electron/fuses';
import { stubWindowsExecutable } from './stub-windows-executable.ts';

// Electron marks its fuse wire with this sentinel, then a version byte, a length byte and one
// byte per fuse ('0' off, '1' on). https://github.com/electron/fuses
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's shipped fuse states (see the fuses tutorial), in wire order. */
export const ELECTRON_DEFAULT_FUSES: Record<FuseV1Options, FuseState> = {
  [FuseV1Options.RunAsNode]: FuseState.ENABLE,
  [FuseV1Options.EnableCookieEncryption]: FuseState.DISABLE,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.ENABLE,
  [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.ENABLE,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.DISABLE,
  [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.DISABLE,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.ENABLE,
  [FuseV1Options.WasmTrapHandlers]: FuseState.ENABLE,
};

/**
 * Chromium's locale files a real distribution carries (a few of its ~55), so that
 * `electronLanguages` has something to remove. Windows and Linux: locales/<name>.pak; macOS:
 * <name>.lproj folders (Chromium spells them with underscores there).
 */
export const STUB_LOCALES = ['en-US', 'en-GB', 'es', 'es-419', 'fr', 'de', 'ja', 'zh-CN'];

export type StubPlatform = 'linux' | 'win' | 'mac';

/** Electron's fuse wire with its shipped states: what @electron/fuses finds and flips. */
export function fuseWire(): Buffer {
  const fuses = Object.values(FuseV1Options)
    .filter((value): value is FuseV1Options => typeof value === 'number')
    .map((option) => ELECTRON_DEFAULT_FUSES[option]);
  return Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, fuses.length, ...fuses])]);
}

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * A stand-in for an unpacked Electron distribution of one system (Electron's binary cannot be
 * downloaded here), laid out as Electron's release zips are, with a real fuse wire in the file
 * that carries it on that system, so electron-builder flips the fuses with @electron/fuses
 * exactly as it does on the real binary, and the test reads them back.
 */
export function createStubElectronDist(dir: string, platform: StubPlatform = 'linux'): string {
  if (platform === 'mac') return createMacDist(dir);
  mkdirSync(join(dir, 'resources'), { recursive: true });
  for (const locale of STUB_LOCALES) write(join(dir, 'locales', `${locale}.pak`), 'stub');
  write(join(dir, 'LICENSE'), 'stub');
  if (platform === 'win') {
    // A real PE file with a version resource: electron-builder embeds the asar integrity in it.
    write(join(dir, 'electron.exe'), stubWindowsExecutable(fuseWire()));
  } else {
    const script = Buffer.concat([
      Buffer.from(`#!/bin/sh\n# stub Electron for packaging tests\n# `),
      fuseWire(),
      Buffer.from('\necho "stub Electron"\n'),
    ]);
    write(join(dir, 'electron'), script);
    chmodSync(join(dir, 'electron'), 0o755);
  }
  return dir;
}

const plist = (entries: Record<string, string>): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0"><dict>',
    ...Object.entries(entries).map(([key, value]) => `<key>${key}</key><string>${value}</string>`),
    '</dict></plist>',
    '',
  ].join('\n');

/**
 * Electron.app as in electron-v*-darwin-*.zip: the launcher in Contents/MacOS, the fuse wire in
 * the Electron Framework binary (where @electron/fuses looks for it), the helper apps
 * electron-builder renames, and .lproj folders in both resource folders electronLanguages prunes.
 */
function createMacDist(dir: string): string {
  const contents = join(dir, 'Electron.app', 'Contents');
  write(
    join(contents, 'Info.plist'),
    plist({ CFBundleExecutable: 'Electron', CFBundleIdentifier: 'com.github.Electron' }),
  );
  write(join(contents, 'MacOS', 'Electron'), '#!/bin/sh\necho "stub Electron"\n');
  chmodSync(join(contents, 'MacOS', 'Electron'), 0o755);
  const framework = join(contents, 'Frameworks', 'Electron Framework.framework');
  write(join(framework, 'Electron Framework'), Buffer.concat([Buffer.from('stub'), fuseWire()]));
  for (const suffix of ['', ' (GPU)', ' (Plugin)', ' (Renderer)']) {
    const helper = join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
    write(
      join(helper, 'Info.plist'),
      plist({ CFBundleExecutable: `Electron Helper${suffix}`, CFBundleIdentifier: 'helper' }),
    );
    write(join(helper, 'MacOS', `Electron Helper${suffix}`), 'stub');
  }
  // Chromium's mac locale folders: en.lproj for en-US, underscores elsewhere (en_GB, es_419).
  for (const locale of STUB_LOCALES.map((name) =>
    name === 'en-US' ? 'en' : name.replace('-', '_'),
  )) {
    write(join(contents, 'Resources', `${locale}.lproj`, 'locale.pak'), 'stub');
    write(join(framework, 'Versions', 'A', 'Resources', `${locale}.lproj`, 'locale.pak'), 'stub');
  }
  write(join(contents, 'Resources', 'electron.icns'), 'stub');
  return dir;
}
