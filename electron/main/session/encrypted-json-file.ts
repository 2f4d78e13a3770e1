import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileReadAccess } from '../files/read-regular-file.ts';
import { moveAside, readRegularFile } from '../files/read-regular-file.ts';
import { seal, unseal } from './sealed-box.ts';

/*
 * A JSON value sealed into one file: owner-only (0600) in an owner-only folder (0700), replaced
 * atomically (write a temporary file, fsync, rename over the old one) so a crash mid-write leaves
 * either the old file or the new one, never half of each. A file that will not open (altered,
 * truncated, written under another key) reads as absent and is removed: a damaged session is a
 * signed-out session, never a crash. Anything at the path that is not a regular file readable in a
 * short time (a folder, a FIFO, a symlink, a file without read permission) reads as absent too,
 * never blocks the caller, and is moved aside rather than deleted (read-regular-file.ts).
 */

export type ReadResult =
  | { kind: 'missing' }
  | { kind: 'ok'; value: unknown }
  /** The file could not be opened or parsed; it has been removed, or moved aside (see reason). */
  | { kind: 'discarded'; reason: string };

export interface EncryptedJsonFileOptions {
  path: string;
  key: Uint8Array;
  /** Bound into the ciphertext; a file sealed for another purpose will not open. */
  purpose: string;
  /** Tests only: how long a read may take, and file-system calls standing in for real ones. */
  readTimeoutMs?: number;
  access?: FileReadAccess;
  /** Told when a write or removal found something else than a file at the path and moved it aside. */
  onMovedAside?: (detail: { file: string; movedTo: string | null }) => void;
}

export class EncryptedJsonFile {
  readonly path: string;
  readonly #key: Uint8Array;
  readonly #purpose: string;
  readonly #readOptions: { timeoutMs?: number; access?: FileReadAccess };
  readonly #onMovedAside: EncryptedJsonFileOptions['onMovedAside'];
  /** Writes and removals run one after another, in call order. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: EncryptedJsonFileOptions) {
    this.path = options.path;
    this.#key = options.key;
    this.#purpose = options.purpose;
    this.#readOptions = {
      ...(options.readTimeoutMs === undefined ? {} : { timeoutMs: options.readTimeoutMs }),
      ...(options.access === undefined ? {} : { access: options.access }),
    };
    this.#onMovedAside = options.onMovedAside;
  }

  async read(): Promise<ReadResult> {
    await this.#queue.catch(() => undefined);
    const file = await readRegularFile(this.path, this.#readOptions);
    if (file.kind === 'missing') return file;
    if (file.kind === 'unusable') {
      const aside = await moveAside(this.path);
      return {
        kind: 'discarded',
        reason: `${file.reason}; ${aside ? `moved aside to ${basename(aside)}` : 'could not be moved aside'}`,
      };
    }
    try {
      return {
        kind: 'ok',
        value: JSON.parse(unseal(this.#key, file.data, this.#purpose).toString('utf8')),
      };
    } catch (error) {
      await this.remove();
      return { kind: 'discarded', reason: error instanceof Error ? error.message : 'unreadable' };
    }
  }

  write(value: unknown): Promise<void> {
    const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
    const sealed = seal(this.#key, plaintext, this.#purpose);
    return this.#enqueue(async () => {
      // Something else than a file at the path (a folder cannot even be renamed over): moved
      // aside and logged, as a read would, rather than replaced or failed on.
      await this.#moveAsideIfNotAFile();
      await writeFileAtomic(this.path, sealed);
    });
  }

  remove(): Promise<void> {
    return this.#enqueue(async () => {
      if (await this.#moveAsideIfNotAFile()) return;
      await rm(this.path, { force: true });
    });
  }

  /** True when something else than a regular file was at the path and has been moved aside. */
  async #moveAsideIfNotAFile(): Promise<boolean> {
    let entry;
    try {
      entry = await lstat(this.path);
    } catch {
      return false;
    }
    if (entry.isFile()) return false;
    const movedTo = await moveAside(this.path);
    this.#onMovedAside?.({ file: basename(this.path), movedTo: movedTo && basename(movedTo) });
    return movedTo !== null;
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
