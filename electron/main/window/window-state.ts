import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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

  constructor(dataDir: string) {
    this.#file = join(dataDir, 'window-state.json');
  }

  load(): WindowState {
    try {
      const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(this.#file, 'utf8')));
      return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
    } catch {
      return DEFAULT_WINDOW_STATE;
    }
  }

  save(state: WindowState): void {
    const temporary = `${this.#file}.tmp`;
    writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
    renameSync(temporary, this.#file);
  }
}
