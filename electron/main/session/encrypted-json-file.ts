import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { seal, unseal } from './sealed-box.ts';

/*
 * A JSON value sealed into one file: owner-only (0600) in an owner-only folder (0700), replaced
 * atomically (write a temporary file, fsync, rename over the old one) so a crash mid-write leaves
 * either the old file or the new one, never half of each. A file that will not open (altered,
 * truncated, written under another key) reads as absent and is removed: a damaged session is a
 * signed-out session, never a crash.
 */

export type ReadResult =
  | { kind: 'missing' }
  | { kind: 'ok'; value: unknown }
  /** The file existed but could not be opened or parsed; it has been removed. */
  | { kind: 'discarded'; reason: string };

export interface EncryptedJsonFileOptions {
  path: string;
  key: Uint8Array;
  /** Bound into the ciphertext; a file sealed for another purpose will not open. */
  purpose: string;
}

export class EncryptedJsonFile {
  readonly path: string;
  readonly #key: Uint8Array;
  readonly #purpose: string;
  /** Writes and removals run one after another, in call order. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: EncryptedJsonFileOptions) {
    this.path = options.path;
    this.#key = options.key;
    this.#purpose = options.purpose;
  }

  async read(): Promise<ReadResult> {
    await this.#queue.catch(() => undefined);
    let sealed: Buffer;
    try {
      sealed = await readFile(this.path);
    } catch (error) {
      if (isMissing(error)) return { kind: 'missing' };
      throw error;
    }
    try {
      return {
        kind: 'ok',
        value: JSON.parse(unseal(this.#key, sealed, this.#purpose).toString('utf8')),
      };
    } catch (error) {
      await this.remove();
      return { kind: 'discarded', reason: error instanceof Error ? error.message : 'unreadable' };
    }
  }

  write(value: unknown): Promise<void> {
    const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
    return this.#enqueue(() =>
      writeFileAtomic(this.path, seal(this.#key, plaintext, this.#purpose)),
    );
  }

  remove(): Promise<void> {
    return this.#enqueue(() => rm(this.path, { force: true }));
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.#queue.catch(() => undefined).then(task);
    this.#queue = next;
    return next;
  }
}

/** tmp + fsync + rename; the temporary file is created exclusively with mode 0600. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder for fsync. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: some file systems refuse fsync on a directory.
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
