import { z } from 'zod';
import type { ActivityDaily, ActivityPage, ActivityPageInput } from '../../../shared/activity.ts';
import {
  activityDailyInputSchema,
  activityDailySchema,
  activityPageInputSchema,
} from '../../../shared/activity.ts';
import { parseInput } from '../input/parse-input.ts';
import type { EventRow } from './row-mapping.ts';
import { mapEventRow } from './row-mapping.ts';
import type { VaultCallOptions } from './vault-call.ts';
import { VaultCall } from './vault-call.ts';
import { unexpected } from './vault-rules.ts';

const dailyRowsSchema = z.array(
  z.object({ day: z.string(), tests: z.number(), reads: z.number() }),
);

/**
 * The activity of the user's integrations through the database's own queries (migration
 * 20261205900100): list_activity's keyset pages and activity_daily's per-day counts. Inputs are
 * parsed with the shared schemas; rows are checked like every other vault answer.
 */
export class ActivityClient {
  readonly #call: VaultCall;

  constructor(options: VaultCallOptions) {
    this.#call = new VaultCall(options, options.logger.child('activity'));
  }

  /** One page, newest first; `nextCursor` is the page's last event when more may follow. */
  async page(input: ActivityPageInput): Promise<ActivityPage> {
    const { filter, cursor, limit } = await parseInput(activityPageInputSchema, input);
    await this.#call.ready();
    const rows = await this.#call.run(
      this.#call.client.rpc('list_activity', {
        ...(filter.integrationId ? { p_integration_id: filter.integrationId } : {}),
        ...(filter.kinds ? { p_kinds: filter.kinds } : {}),
        ...(filter.from ? { p_from: filter.from } : {}),
        ...(filter.to ? { p_to: filter.to } : {}),
        // The cursor goes back as the server wrote it: to the microsecond, which a JS Date is not.
        ...(cursor ? { p_cursor_created_at: cursor.createdAt, p_cursor_id: cursor.id } : {}),
        p_limit: limit,
      }),
    );
    if (!Array.isArray(rows)) throw unexpected('list_activity');
    const events = (rows as EventRow[]).map(mapEventRow);
    const last = events.at(-1);
    return {
      events,
      nextCursor:
        last && events.length === limit ? { createdAt: last.createdAt, id: last.id } : null,
    };
  }

  /** Tests and real reads per day over the last 30 days, in the person's time zone. */
  async daily(input: z.input<typeof activityDailyInputSchema>): Promise<ActivityDaily> {
    const { integrationId, timeZone } = await parseInput(activityDailyInputSchema, input);
    await this.#call.ready();
    const rows = await this.#call.run(
      this.#call.client.rpc('activity_daily', {
        p_integration_id: integrationId,
        p_time_zone: timeZone,
      }),
    );
    const parsed = dailyRowsSchema.safeParse(rows);
    if (!parsed.success) throw unexpected('activity_daily');
    const checked = activityDailySchema.safeParse({ days: parsed.data });
    if (!checked.success) throw unexpected('activity_daily');
    return checked.data;
  }
}
