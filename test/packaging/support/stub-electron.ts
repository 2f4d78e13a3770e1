import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options } from '@electron/fuses';

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
 * A stand-in for an unpacked Linux Electron distribution (Electron's binary cannot be downloaded
 * here). Its "binary" is a shell script carrying a real fuse wire, so electron-builder flips the
 * fuses with @electron/fuses exactly as it does on the real binary, and the test reads them back.
 */
export function createStubElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const fuses = Object.values(FuseV1Options)
    .filter((value): value is FuseV1Options => typeof value === 'number')
    .map((option) => ELECTRON_DEFAULT_FUSES[option]);
  const binary = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# stub Electron for packaging tests\n# `),
    Buffer.from(SENTINEL),
    Buffer.from([1, fuses.length, ...fuses]),
    Buffer.from('\necho "stub Electron"\n'),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stub');
  writeFileSync(join(dir, 'LICENSE'), 'stub');
  return dir;
}
