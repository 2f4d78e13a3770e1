import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  englishIssue,
  connectionSettingsSchema,
  DEFAULT_UI_PREFERENCES,
  uiPreferencesSchema,
  type ConnectionSettings,
  type UiPreferences,
} from '../../../shared/app-settings.ts';
import { readRegularFile } from '../files/read-regular-file.ts';

/** What the settings file holds once read: anything unreadable has become its default. */
export interface SettingsFileContents {
  connection: ConnectionSettings | null;
  preferences: UiPreferences;
  /**
   * A project was saved here once (and may have been forgotten since): from then on no change of
   * project counts as the first setup, which is the only one made without main's confirmation.
   */
  projectSavedBefore: boolean;
}

export const SETTINGS_FILE_VERSION = 1;
export const EMPTY_SETTINGS: SettingsFileContents = {
  connection: null,
  preferences: DEFAULT_UI_PREFERENCES,
  projectSavedBefore: false,
};

// A file that exists but cannot be read may have held a project: not a first setup, to be safe.
const DAMAGED_SETTINGS: SettingsFileContents = { ...EMPTY_SETTINGS, projectSavedBefore: true };

/** The result of reading: the usable contents, and what was wrong with the file (for the log). */
export interface SettingsFileRead {
  contents: SettingsFileContents;
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads the settings file. A missing, unreadable or damaged file never stops the app: each part
 * that does not validate falls back to its default on its own (a bad theme does not lose the
 * connection), and the problems are returned WITHOUT the offending values, which may be keys.
 */
export async function readSettingsFile(file: string): Promise<SettingsFileRead> {
  // Read as the sealed files are: a FIFO or anything else than a regular file never holds up the
  // start (read-regular-file.ts). Left in place: the next save replaces it or fails visibly.
  const read = await readRegularFile(file);
  if (read.kind === 'missing') return { contents: EMPTY_SETTINGS, problems: [] };
  if (read.kind === 'unusable') return { contents: DAMAGED_SETTINGS, problems: [read.reason] };
  const text = read.data.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { contents: DAMAGED_SETTINGS, problems: ['not valid JSON'] };
  }
  if (!isRecord(data)) return { contents: DAMAGED_SETTINGS, problems: ['not a JSON object'] };

  const problems: string[] = [];
  if (data.version !== SETTINGS_FILE_VERSION) problems.push('unknown version');
  let connection: ConnectionSettings | null = null;
  if (data.connection !== null && data.connection !== undefined) {
    const parsed = connectionSettingsSchema.safeParse(data.connection);
    if (parsed.success) connection = parsed.data;
    else problems.push(`connection ignored: ${parsed.error.issues.map(englishIssue).join(' ')}`);
  }
  const stored = isRecord(data.preferences) ? data.preferences : {};
  const preferences = { ...DEFAULT_UI_PREFERENCES };
  for (const name of ['language', 'theme', 'notifyFailures', 'listView'] as const) {
    if (stored[name] === undefined) continue;
    const parsed = uiPreferencesSchema.shape[name].safeParse(stored[name]);
    if (parsed.success) Object.assign(preferences, { [name]: parsed.data });
    else problems.push(`preference "${name}" ignored`);
  }
  // A stored connection that no longer validates (say, a URL saved before URLs were normalized)
  // still means a project was chosen here.
  const projectSavedBefore =
    data.projectSavedBefore === true || (data.connection !== null && data.connection !== undefined);
  return { contents: { connection, preferences, projectSavedBefore }, problems };
}

/** Serialises the contents in the file format (versioned, so a later format can migrate it). */
export function serializeSettings(contents: SettingsFileContents): string {
  return `${JSON.stringify({ version: SETTINGS_FILE_VERSION, ...contents }, null, 2)}\n`;
}

/**
 * Writes a file so that a reader sees either the old or the new contents, never half of one:
 * write a temporary file in the same directory, flush it to disk, then rename it over the target
 * (an atomic replace on POSIX and on NTFS).
 */
export async function writeFileAtomically(file: string, data: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// On Windows a virus scanner or the search indexer can hold the target open for a moment, and
// the rename then fails with EPERM/EBUSY/EACCES; a short retry gets past it.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const transient = process.platform === 'win32' && ['EPERM', 'EBUSY', 'EACCES'].includes(code);
      if (!transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}
