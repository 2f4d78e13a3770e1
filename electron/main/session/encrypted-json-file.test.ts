import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncryptedJsonFile } from './encrypted-json-file.ts';
import { KEY_BYTES, UnsealError, seal, unseal } from './sealed-box.ts';

const key = randomBytes(KEY_BYTES);

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'aterges-sealed-'));
}

describe('sealed box (AES-256-GCM)', () => {
  it('round-trips and hides the plaintext', () => {
    const plaintext = Buffer.from('CANARY-plaintext-value');
    const sealed = seal(key, plaintext, 'test');
    expect(sealed.includes(plaintext)).toBe(false);
    expect(unseal(key, sealed, 'test').toString()).toBe('CANARY-plaintext-value');
  });

  it('uses a fresh IV each time', () => {
    const plaintext = Buffer.from('same');
    expect(seal(key, plaintext, 'test').equals(seal(key, plaintext, 'test'))).toBe(false);
  });

  it.each([
    [
      'a flipped ciphertext bit',
      (data: Buffer) => data.writeUInt8(data.at(-1)! ^ 1, data.length - 1),
    ],
    ['a flipped tag bit', (data: Buffer) => data.writeUInt8(data[20]! ^ 1, 20)],
    ['a changed header', (data: Buffer) => data.writeUInt8(2, 4)],
  ])('refuses %s', (_name, tamper) => {
    const sealed = seal(key, Buffer.from('{"a":1}'), 'test');
    tamper(sealed);
    expect(() => unseal(key, sealed, 'test')).toThrow(UnsealError);
  });

  it('refuses another key, another purpose and truncated data', () => {
    const sealed = seal(key, Buffer.from('x'), 'session');
    expect(() => unseal(randomBytes(KEY_BYTES), sealed, 'session')).toThrow(UnsealError);
    expect(() => unseal(key, sealed, 'cache')).toThrow(UnsealError);
    expect(() => unseal(key, sealed.subarray(0, 20), 'session')).toThrow(UnsealError);
  });

  it('insists on a 256-bit key', () => {
    expect(() => seal(randomBytes(16), Buffer.from('x'), 'p')).toThrow(RangeError);
  });
});

describe('EncryptedJsonFile', () => {
  it('writes an owner-only file atomically and reads it back', async () => {
    const dir = folder();
    const file = new EncryptedJsonFile({ path: join(dir, 'state.sealed'), key, purpose: 'p' });
    await file.write({ secret: 'CANARY-in-file' });
    expect(readFileSync(file.path).toString('latin1')).not.toContain('CANARY');
    if (process.platform !== 'win32') expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['state.sealed']);
    expect(await file.read()).toEqual({ kind: 'ok', value: { secret: 'CANARY-in-file' } });
  });

  it('reads a missing file as missing', async () => {
    const file = new EncryptedJsonFile({ path: join(folder(), 'none'), key, purpose: 'p' });
    expect(await file.read()).toEqual({ kind: 'missing' });
  });

  it('discards and removes a tampered file instead of failing', async () => {
    const file = new EncryptedJsonFile({ path: join(folder(), 'state.sealed'), key, purpose: 'p' });
    await file.write({ a: 1 });
    const data = readFileSync(file.path);
    data.writeUInt8(data.at(-1)! ^ 0xff, data.length - 1);
    writeFileSync(file.path, data);
    const result = await file.read();
    expect(result.kind).toBe('discarded');
    expect(await file.read()).toEqual({ kind: 'missing' });
  });

  it('discards a file sealed under another key (keychain entry replaced)', async () => {
    const path = join(folder(), 'state.sealed');
    await new EncryptedJsonFile({ path, key, purpose: 'p' }).write({ a: 1 });
    const other = new EncryptedJsonFile({ path, key: randomBytes(KEY_BYTES), purpose: 'p' });
    expect((await other.read()).kind).toBe('discarded');
  });

  it('keeps the last of concurrent writes and leaves no temporary files', async () => {
    const dir = folder();
    const file = new EncryptedJsonFile({ path: join(dir, 's'), key, purpose: 'p' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => file.write({ i })));
    expect(await file.read()).toEqual({ kind: 'ok', value: { i: 19 } });
    expect(readdirSync(dir)).toEqual(['s']);
  });

  it('removes the file', async () => {
    const file = new EncryptedJsonFile({ path: join(folder(), 's'), key, purpose: 'p' });
    await file.write({});
    await file.remove();
    expect(await file.read()).toEqual({ kind: 'missing' });
  });
});
