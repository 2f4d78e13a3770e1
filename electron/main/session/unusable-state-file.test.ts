import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncryptedJsonFile } from './encrypted-json-file.ts';
import type { FileReadAccess } from '../files/read-regular-file.ts';
import { KEY_BYTES } from './sealed-box.ts';

/*
 * Issue #9, section 3: whatever sits at a sealed file's path, reading it answers at once ("absent",
 * with the reason for the log), moves it aside instead of deleting it, and leaves the path free so
 * the next write works.
 */

const key = randomBytes(KEY_BYTES);
const runningAsRoot = process.getuid?.() === 0;

function sealedPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'aterges-unusable-')), 'session.sealed');
}

async function expectDiscardedAndMovedAside(
  file: EncryptedJsonFile,
  reason: RegExp,
): Promise<string> {
  const started = Date.now();
  const result = await file.read();
  expect(Date.now() - started).toBeLessThan(1_500);
  expect(result).toMatchObject({ kind: 'discarded' });
  const text = result.kind === 'discarded' ? result.reason : '';
  expect(text).toMatch(reason);
  expect(text).toMatch(/moved aside to session\.sealed\.unusable-/);
  expect(existsSync(file.path) || isLink(file.path)).toBe(false);
  const aside = readdirSync(join(file.path, '..')).filter((name) => name.includes('.unusable-'));
  expect(aside).toHaveLength(1);
  // The path is free again: the next session is saved and read back as usual.
  await file.write({ next: 'session' });
  expect(await file.read()).toEqual({ kind: 'ok', value: { next: 'session' } });
  return join(file.path, '..', aside[0]!);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

describe.skipIf(process.platform === 'win32')('a sealed file that is not a usable file', () => {
  it('a folder: read as absent, moved aside with its contents', async () => {
    const path = sealedPath();
    mkdirSync(path);
    writeFileSync(join(path, 'note.txt'), 'kept');
    const aside = await expectDiscardedAndMovedAside(
      new EncryptedJsonFile({ path, key, purpose: 'p' }),
      /^not a regular file \(directory\)/,
    );
    expect(readFileSync(join(aside, 'note.txt'), 'utf8')).toBe('kept');
  });

  it('a FIFO: never waits for a writer', async () => {
    const path = sealedPath();
    execFileSync('mkfifo', [path]);
    const aside = await expectDiscardedAndMovedAside(
      new EncryptedJsonFile({ path, key, purpose: 'p' }),
      /^not a regular file \(FIFO\)/,
    );
    expect(lstatSync(aside).isFIFO()).toBe(true);
  });

  it('a symlink to a file elsewhere: not followed, the target left as it was', async () => {
    const path = sealedPath();
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'aterges-elsewhere-')), 'other.sealed');
    await new EncryptedJsonFile({ path: elsewhere, key, purpose: 'p' }).write({ other: 1 });
    const before = readFileSync(elsewhere);
    symlinkSync(elsewhere, path);
    const aside = await expectDiscardedAndMovedAside(
      new EncryptedJsonFile({ path, key, purpose: 'p' }),
      /^not a regular file \(symbolic link\)/,
    );
    expect(lstatSync(aside).isSymbolicLink()).toBe(true);
    expect(readFileSync(elsewhere).equals(before)).toBe(true);
  });

  it.skipIf(runningAsRoot)(
    'a file without read permission (skipped as root, who reads it anyway; see the next test)',
    async () => {
      const path = sealedPath();
      await new EncryptedJsonFile({ path, key, purpose: 'p' }).write({ a: 1 });
      chmodSync(path, 0o000);
      await expectDiscardedAndMovedAside(
        new EncryptedJsonFile({ path, key, purpose: 'p' }),
        /^unreadable \(EACCES\)/,
      );
    },
  );

  it('a file the system refuses to open (EACCES, as for a user without read permission)', async () => {
    const path = sealedPath();
    await new EncryptedJsonFile({ path, key, purpose: 'p' }).write({ a: 1 });
    const { lstat, open } = await import('node:fs/promises');
    let refuse = true;
    const access: FileReadAccess = {
      lstat,
      open: (target, flags) =>
        refuse
          ? Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' }))
          : open(target, flags),
    };
    const file = new EncryptedJsonFile({ path, key, purpose: 'p', access });
    const result = await file.read();
    expect(result).toMatchObject({ kind: 'discarded' });
    expect(result.kind === 'discarded' && result.reason).toMatch(
      /^unreadable \(EACCES\); moved aside to session\.sealed\.unusable-/,
    );
    refuse = false;
    expect(await file.read()).toEqual({ kind: 'missing' });
  });

  it('a file whose read never ends: given up after the deadline', async () => {
    const path = sealedPath();
    await new EncryptedJsonFile({ path, key, purpose: 'p' }).write({ a: 1 });
    const { lstat } = await import('node:fs/promises');
    const access: FileReadAccess = {
      lstat,
      open: () =>
        Promise.resolve({
          stat: () => Promise.resolve({ isFile: () => true, size: 10 }),
          readFile: () => new Promise<Buffer>(() => undefined),
          close: () => Promise.resolve(),
        } as unknown as Awaited<ReturnType<FileReadAccess['open']>>),
    };
    const file = new EncryptedJsonFile({ path, key, purpose: 'p', access, readTimeoutMs: 50 });
    const result = await file.read();
    expect(result.kind === 'discarded' && result.reason).toMatch(
      /^not readable within 50 ms; moved aside/,
    );
  });
});
