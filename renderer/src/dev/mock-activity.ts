import type {
  ActivityCursor,
  ActivityDaily,
  ActivityFilter,
  ActivityPage,
} from '../../../shared/activity.ts';
import { ACTIVITY_CHART_DAYS, ACTIVITY_PAGE_SIZE } from '../../../shared/activity.ts';
import type { Integration, IntegrationEvent } from '../../../shared/integration.ts';

/*
 * DEVELOPMENT ONLY: the mock main process's audit trail (issue #14 §5). About 45 days of events
 * for the sample integrations and one deleted integration: connection tests (passed, failed with
 * a reason, cancelled; from two devices), real reads, settings changes with config keys,
 * rotations. Paged with the same keyset as the database (created_at desc, id desc).
 */

const DAY = 24 * 3600_000;
const DEVICES = ['Portátil de Ana', 'Estación de trabajo'];
const DELETED = { id: '9f0a1b2c-3d4e-4f50-8a61-7b8c9d0e1f23', name: 'Old Mistral key' };

function sampleActivity(integrations: readonly Integration[], now: number): IntegrationEvent[] {
  const events: IntegrationEvent[] = [];
  let id = 1;
  const add = (
    owner: { id: string; name: string },
    eventType: IntegrationEvent['eventType'],
    details: IntegrationEvent['details'],
    at: number,
  ) => {
    events.push({
      id: id++,
      integrationId: owner.id,
      integrationName: owner.name,
      eventType,
      details,
      createdAt: new Date(at).toISOString(),
    });
  };
  const owners = [...integrations.map(({ id: key, name }) => ({ id: key, name })), DELETED];
  owners.forEach((owner, index) => {
    add(
      owner,
      'created',
      { type: 'openai', status: 'unverified', config_keys: ['baseUrl'] },
      now - 45 * DAY + index * 3600_000,
    );
    for (let day = 44; day >= 0; day--) {
      // A deterministic pattern: some days busy, some quiet, a failure now and then.
      const seed = (day * 7 + index * 13) % 11;
      const at = now - day * DAY - (index + 1) * 1_700_000;
      if (owner === DELETED && day < 20) break;
      for (let read = 0; read < seed % 4; read++) {
        add(owner, 'credentials_read', { credentials_version: 1 }, at - read * 600_000);
      }
      if (seed % 3 === 0) {
        const failed = seed === 6;
        add(
          owner,
          'connection_test',
          {
            outcome: seed === 9 ? 'cancelled' : failed ? 'failed' : 'passed',
            latency_ms: 180 + seed * 97,
            ...(failed ? { error_code: 'key_rejected' } : {}),
            device: DEVICES[(day + index) % 2]!,
          },
          at + 60_000,
        );
      }
      if (day === 10 + index) {
        add(
          owner,
          'updated',
          { changed: ['config'], config_keys: ['baseUrl', 'organization'] },
          at + 120_000,
        );
      }
      if (day === 5 + index)
        add(owner, 'credentials_updated', { credentials_version: 2 }, at + 180_000);
    }
  });
  add(DELETED, 'deleted', {}, now - 19 * DAY);
  return events.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

function matches(event: IntegrationEvent, filter: ActivityFilter): boolean {
  const at = Date.parse(event.createdAt);
  return (
    (!filter.integrationId || event.integrationId === filter.integrationId) &&
    (!filter.kinds || filter.kinds.includes(event.eventType)) &&
    (!filter.from || at >= Date.parse(filter.from)) &&
    (!filter.to || at < Date.parse(filter.to))
  );
}

/** After the cursor in (created_at desc, id desc) order, as the database's keyset condition. */
function after(event: IntegrationEvent, cursor: ActivityCursor | null): boolean {
  if (!cursor) return true;
  const at = Date.parse(event.createdAt);
  const cursorAt = Date.parse(cursor.createdAt);
  return at < cursorAt || (at === cursorAt && event.id < cursor.id);
}

/** The day "YYYY-MM-DD" of a time in an IANA time zone. */
function dayIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(at));
}

export function mockActivityHandlers(integrations: () => readonly Integration[]) {
  const now = Date.now();
  const all = () => sampleActivity(integrations(), now);
  return {
    'activity:list': async (input: {
      filter: ActivityFilter;
      cursor: ActivityCursor | null;
      limit: number;
    }): Promise<ActivityPage> => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const rest = all().filter(
        (event) => matches(event, input.filter) && after(event, input.cursor),
      );
      const events = rest.slice(0, input.limit ?? ACTIVITY_PAGE_SIZE);
      const last = events.at(-1);
      return {
        events,
        nextCursor:
          rest.length > events.length && last ? { createdAt: last.createdAt, id: last.id } : null,
      };
    },
    'activity:daily': (input: { integrationId: string; timeZone: string }): ActivityDaily => {
      const events = all().filter((event) => event.integrationId === input.integrationId);
      const days = Array.from({ length: ACTIVITY_CHART_DAYS }, (_unused, index) => {
        const day = dayIn(Date.now() - (ACTIVITY_CHART_DAYS - 1 - index) * DAY, input.timeZone);
        const on = events.filter(
          (event) => dayIn(Date.parse(event.createdAt), input.timeZone) === day,
        );
        return {
          day,
          tests: on.filter((event) => event.eventType === 'connection_test').length,
          reads: on.filter((event) => event.eventType === 'credentials_read').length,
        };
      });
      return { days };
    },
    'activity:export': async (input: { filter: ActivityFilter }) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      return { saved: true, rows: all().filter((event) => matches(event, input.filter)).length };
    },
  };
}
