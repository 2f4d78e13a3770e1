import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { lstat, open, rename } from 'node:fs/promises';

/*
 * Reads a small state file (the sealed session, the integration cache) without ever blocking the
 * app's start on what sits at its path. Anything else than a regular file that can be read in a
 * short time is "unusable": a folder, a FIFO (reading one waits for a writer forever, and would
 * hold a libuv thread with it), a socket or device, a symlink (not followed: it could point
 * anywhere), a file without read permission, an oversized or a hanging one. The caller moves it
 * aside and carries on signed out (or without a cache).
 */

export type RegularFileRead =
  { kind: 'missing' } | { kind: 'ok'; data: Buffer } | { kind: 'unusable'; reason: string };

/** The file-system calls used, so a test can stand in for what it cannot make (no read access as root). */
export interface FileReadAccess {
  lstat: (path: string) => Promise<{
    isFile(): boolean;
    isDirectory(): boolean;
    isFIFO(): boolean;
    isSymbolicLink(): boolean;
  }>;
  open: (path: string, flags: number) => Promise<Pick<FileHandle, 'stat' | 'readFile' | 'close'>>;
}

export interface ReadRegularFileOptions {
  /** How long opening and reading may take before the file counts as unusable. */
  timeoutMs?: number;
  /** Larger files count as unusable (the sealed files are kilobytes). */
  maxBytes?: number;
  access?: FileReadAccess;
}

export const DEFAULT_READ_TIMEOUT_MS = 2_000;
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

// O_NOFOLLOW: a symlink swapped in after the lstat fails the open (ELOOP) instead of being
// followed. O_NONBLOCK: a FIFO swapped in opens without waiting for a writer. Neither exists on
// Windows, which has no FIFOs at such paths and where lstat already reports links.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const nodeAccess: FileReadAccess = { lstat, open };

export async function readRegularFile(
  path: string,
  options: ReadRegularFileOptions = {},
): Promise<RegularFileRead> {
  const access = options.access ?? nodeAccess;
  const timeoutMs = options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const work = readChecked(path, access, maxBytes);
  // A read that outlives the deadline goes on in the background and closes its handle itself.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<RegularFileRead>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'unusable', reason: `not readable within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readChecked(
  path: string,
  access: FileReadAccess,
  maxBytes: number,
): Promise<RegularFileRead> {
  let entry;
  try {
    entry = await access.lstat(path);
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? { kind: 'missing' } : unreadable(error);
  }
  if (!entry.isFile()) return { kind: 'unusable', reason: `not a regular file (${kindOf(entry)})` };
  let handle;
  try {
    handle = await access.open(path, READ_FLAGS);
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? { kind: 'missing' } : unreadable(error);
  }
  try {
    // What was opened, in case the path was swapped between the lstat and the open.
    const opened = await handle.stat();
    if (!opened.isFile()) return { kind: 'unusable', reason: 'not a regular file (replaced)' };
    if (opened.size > maxBytes)
      return { kind: 'unusable', reason: `larger than ${maxBytes} bytes` };
    return { kind: 'ok', data: await handle.readFile() };
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Renames what is at `path` to `path.unusable-<time>` (a symlink itself, not its target; a
 * folder with its contents), so the path is free again and nothing the person may want is
 * deleted. Returns the new path, or null when even that failed.
 */
export async function moveAside(path: string, now: Date = new Date()): Promise<string | null> {
  const aside = `${path}.unusable-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(path, aside);
    return aside;
  } catch {
    return null;
  }
}

function kindOf(entry: { isDirectory(): boolean; isFIFO(): boolean; isSymbolicLink(): boolean }) {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFIFO()) return 'FIFO';
  return 'special file';
}

function unreadable(error: unknown): RegularFileRead {
  return { kind: 'unusable', reason: `unreadable (${codeOf(error) ?? 'error'})` };
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
