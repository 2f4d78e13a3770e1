import type { z } from 'zod';
import { chmod, writeFile } from 'node:fs/promises';
import { AppError } from '../../../shared/errors.ts';
import type {
  ActivityDaily,
  ActivityExportResult,
  ActivityFilter,
  ActivityPage,
  ActivityPageInput,
  activityDailyInputSchema,
} from '../../../shared/activity.ts';
import { ACTIVITY_PAGE_SIZE_MAX, activityExportInputSchema } from '../../../shared/activity.ts';
import { parseInput } from '../input/parse-input.ts';
import type { Logger } from '../logging/logger.ts';
import type { ActivityClient } from '../vault/activity-client.ts';
import { toActivityCsv } from './activity-csv.ts';

/**
 * Asks the person where to save the export (a native save dialog in the app, in their language);
 * the page never names a path. Null when they cancelled.
 */
export type ChooseExportFile = (suggestedName: string) => Promise<string | null>;

export interface ActivityServiceOptions {
  client: Pick<ActivityClient, 'page' | 'daily'>;
  chooseExportFile?: ChooseExportFile;
  /** Writes the file (default: fs, readable by its owner only: it lists the person's keys). */
  write?: (path: string, text: string) => Promise<void>;
  log: Pick<Logger, 'info'>;
  now?: () => Date;
  /** Whether the app locked meanwhile (a save dialog can stay open past the idle time). */
  locked?: () => boolean;
}

/** The "Actividad" page's calls (issue #14 §5): pages, the detail chart's counts, CSV export. */
export class ActivityService {
  readonly #options: ActivityServiceOptions;

  constructor(options: ActivityServiceOptions) {
    this.#options = options;
  }

  list(input: ActivityPageInput): Promise<ActivityPage> {
    return this.#options.client.page(input);
  }

  daily(input: z.input<typeof activityDailyInputSchema>): Promise<ActivityDaily> {
    return this.#options.client.daily(input);
  }

  /** Every event that matches the filter (all pages), as CSV in the file the person chose. */
  async export(input: z.input<typeof activityExportInputSchema>): Promise<ActivityExportResult> {
    const { filter } = await parseInput(activityExportInputSchema, input);
    const day = (this.#options.now?.() ?? new Date()).toISOString().slice(0, 10);
    const chosen = await this.#options.chooseExportFile?.(`aterges-activity-${day}.csv`);
    if (!chosen) return { saved: false, rows: 0 };
    // Exactly the file the dialog confirmed (adding ".csv" here would skip its overwrite question).
    const events = await this.#everyEvent(filter);
    // Locked while the dialog was open: what the person left behind is not written out.
    if (this.#options.locked?.()) throw new AppError('not_authenticated', 'app_locked');
    const write = this.#options.write ?? writeOwnerOnly;
    try {
      await write(chosen, toActivityCsv(events));
    } catch (error) {
      // Node's message names the path (and so maybe the person): only the code goes on.
      throw new AppError('server_error', 'export_write_failed', {
        cause: { code: (error as NodeJS.ErrnoException).code ?? null },
      });
    }
    // The path stays out of the log: it can hold the person's name.
    this.#options.log.info('Exported the activity', { rows: events.length });
    return { saved: true, rows: events.length };
  }

  async #everyEvent(filter: ActivityFilter) {
    const events: ActivityPage['events'] = [];
    let cursor: ActivityPage['nextCursor'] = null;
    do {
      const page = await this.#options.client.page({
        filter,
        cursor,
        limit: ACTIVITY_PAGE_SIZE_MAX,
      });
      events.push(...page.events);
      cursor = page.nextCursor;
    } while (cursor);
    return events;
  }
}

/** The file lists the person's keys: readable by its owner only, also when it replaced another. */
async function writeOwnerOnly(path: string, text: string): Promise<void> {
  await writeFile(path, text, { encoding: 'utf8', mode: 0o600 });
  if (process.platform !== 'win32') await chmod(path, 0o600);
}
