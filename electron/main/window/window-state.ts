import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const windowStateSchema = z.object({
  width: z.number().int().min(640).max(10_000),
  height: z.number().int().min(480).max(10_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1180, height: 780, maximized: false };

/** Remembers the window's size and place between runs; a damaged file means the defaults. */
export class WindowStateStore {
  readonly #file: string;
  readonly #warn: (message: string, fields?: Record<string, unknown>) => void;

  constructor(
    dataDir: string,
    warn: (message: string, fields?: Record<string, unknown>) => void = () => undefined,
  ) {
    this.#file = join(dataDir, 'window-state.json');
    this.#warn = warn;
  }

  load(): WindowState {
    try {
      const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(this.#file, 'utf8')));
      return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
    } catch {
      return DEFAULT_WINDOW_STATE;
    }
  }

  /**
   * Saves on close, so it never throws: an exception there would reach Electron's main-process
   * error dialog while the window closes (Windows locks a file an antivirus or backup tool is
   * reading). A failed save only means the next start uses the previous size. False when it failed.
   */
  save(state: WindowState): boolean {
    const temporary = `${this.#file}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
      renameSync(temporary, this.#file);
      return true;
    } catch (error) {
      this.#warn('window state: could not save', { error });
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The leftover is overwritten by the next save.
      }
      return false;
    }
  }
}
