import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Session and cache files live per project, so switching projects never offers one project's
 * session or integration list to another. Something else than a folder at that path (a file, or a
 * symlink, which is not followed) is moved aside first, as the sealed files themselves are, so it
 * can neither stop the project's services from starting nor send its files elsewhere.
 */
export function projectDataDir(
  dataDir: string,
  supabaseUrl: string,
  onMovedAside?: (detail: { folder: string; movedTo: string }) => void,
): string {
  const id = createHash('sha256').update(supabaseUrl).digest('hex').slice(0, 16);
  const dir = join(dataDir, 'projects', id);
  let entry;
  try {
    entry = lstatSync(dir);
  } catch {
    entry = null;
  }
  if (entry && !entry.isDirectory()) {
    const movedTo = `${dir}.unusable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, movedTo);
    onMovedAside?.({ folder: id, movedTo: basename(movedTo) });
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
