import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/*
 * AES-256-GCM for the files main keeps in the app's data folder (the auth session, the offline
 * integration cache). The key lives in the OS keychain; these files alone are useless.
 *
 * Layout: MAGIC (4) | VERSION (1) | IV (12) | TAG (16) | CIPHERTEXT.
 * The header and a purpose label are authenticated as associated data, so a cache file copied
 * over the session file (same key) fails to open instead of being read as a session.
 * 96-bit random IVs: NIST SP 800-38D §8.2.2 allows 2^32 messages per key, far beyond our writes.
 */

const MAGIC = Buffer.from('ATGS', 'ascii');
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1;
export const KEY_BYTES = 32;

/** The data was not sealed with this key and purpose, or was changed since. */
export class UnsealError extends Error {
  constructor(reason: string) {
    super(`Cannot open sealed data: ${reason}`);
    this.name = 'UnsealError';
  }
}

function associatedData(purpose: string): Buffer {
  return Buffer.concat([MAGIC, Buffer.of(VERSION), Buffer.from(purpose, 'utf8')]);
}

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`The key must be ${KEY_BYTES} bytes.`);
}

export function seal(key: Uint8Array, plaintext: Uint8Array, purpose: string): Buffer {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.of(VERSION), iv, cipher.getAuthTag(), ciphertext]);
}

export function unseal(key: Uint8Array, sealed: Uint8Array, purpose: string): Buffer {
  checkKey(key);
  const data = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (data.length < HEADER_BYTES + IV_BYTES + TAG_BYTES) throw new UnsealError('too short');
  if (!data.subarray(0, MAGIC.length).equals(MAGIC)) throw new UnsealError('not a sealed file');
  if (data[MAGIC.length] !== VERSION) throw new UnsealError('unknown version');
  const iv = data.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
  const tag = data.subarray(HEADER_BYTES + IV_BYTES, HEADER_BYTES + IV_BYTES + TAG_BYTES);
  const ciphertext = data.subarray(HEADER_BYTES + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(purpose));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new UnsealError('authentication failed (wrong key or altered data)');
  }
}
