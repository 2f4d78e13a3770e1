/**
 * The activity queries (issue #14 §5) on the real migrations: a connection test is ONE
 * connection_test event (its three step events stay in the trail, out of the page); keyset pages
 * that neither repeat nor skip rows written at the same instant; filters; per-day counts in the
 * person's time zone; each user sees only their own; anon nothing.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asAnon, asUser, sqlError } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  getCredentials,
  newCanary,
  restoreStatus,
  setStatus,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['owner', 'other'] });

interface ActivityRow {
  id: string;
  integration_id: string | null;
  event_type: string;
  details: Record<string, unknown>;
  created_at: Date;
  /** created_at as Postgres writes it, to the microsecond (a JS Date keeps milliseconds only). */
  at: string;
}

interface ActivityArgs {
  integrationId?: string | null;
  kinds?: string[] | null;
  from?: string | null;
  to?: string | null;
  cursor?: { createdAt: string; id: string } | null;
  limit?: number;
}

function listActivity(client: pg.ClientBase, args: ActivityArgs = {}): Promise<ActivityRow[]> {
  return client
    .query<ActivityRow>(
      'select *, created_at::text as at from public.list_activity($1, $2, $3, $4, $5, $6, $7)',
      [
        args.integrationId ?? null,
        args.kinds ?? null,
        args.from ?? null,
        args.to ?? null,
        args.cursor?.createdAt ?? null,
        args.cursor?.id ?? null,
        args.limit ?? 50,
      ],
    )
    .then((result) => result.rows);
}

function recordTest(
  client: pg.ClientBase,
  id: string,
  outcome: string,
  options: { latencyMs?: number; errorCode?: string | null; device?: string | null } = {},
): Promise<unknown> {
  return client.query('select public.record_connection_test($1, $2, $3, $4, $5)', [
    id,
    outcome,
    options.latencyMs ?? 312,
    options.errorCode ?? null,
    options.device ?? 'portatil-ana',
  ]);
}

const owner = <T>(run: (client: pg.PoolClient) => Promise<T>) => asUser(t.api, t.users.owner, run);

async function newIntegration(canary = newCanary()): Promise<string> {
  return owner((c) =>
    createIntegration(c, `activity ${randomUUID()}`, 'openai', credentialFor('openai', canary)),
  );
}

/** A stored key's test as the app runs it: read for the test, verifying, the result, its event. */
async function runTest(id: string, outcome: 'passed' | 'failed' | 'cancelled'): Promise<void> {
  await owner(async (c) => {
    await setStatus(c, id, 'verifying');
    await getCredentials(c, id, 'test');
    if (outcome === 'cancelled') await restoreStatus(c, id);
    else await setStatus(c, id, outcome === 'passed' ? 'connected' : 'error');
    await recordTest(c, id, outcome, outcome === 'failed' ? { errorCode: 'key_rejected' } : {});
  });
}

describe('a connection test in the activity', () => {
  it('is one connection_test entry with its outcome, latency, error code and device', async () => {
    const id = await newIntegration();
    await runTest(id, 'passed');
    await runTest(id, 'failed');
    const events = await owner((c) => listActivity(c, { integrationId: id }));
    expect(events.map((e) => e.event_type)).toEqual([
      'connection_test',
      'connection_test',
      'created',
    ]);
    expect(events[0]!.details).toEqual({
      outcome: 'failed',
      latency_ms: 312,
      error_code: 'key_rejected',
      device: 'portatil-ana',
    });
    expect(events[1]!.details).toEqual({
      outcome: 'passed',
      latency_ms: 312,
      device: 'portatil-ana',
    });
    // The steps are still in the append-only trail: two status changes and one read per test.
    const { rows } = await t.admin.query<{ steps: number; reads: number }>(
      `select count(*) filter (where test_step)::int as steps,
              count(*) filter (where event_type = 'credentials_read')::int as reads
         from public.integration_events where integration_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ steps: 4, reads: 2 });
  });

  it('a cancelled test is one neutral entry, and the status from before comes back', async () => {
    const id = await newIntegration();
    await owner((c) => setStatus(c, id, 'connected'));
    await runTest(id, 'cancelled');
    const events = await owner((c) => listActivity(c, { integrationId: id }));
    expect(events[0]!.details).toMatchObject({ outcome: 'cancelled' });
    expect(events[0]!.details).not.toHaveProperty('error_code');
    const { rows } = await t.admin.query<{ status: string }>(
      'select status from public.integrations where id = $1',
      [id],
    );
    expect(rows[0]!.status).toBe('connected');
  });

  it('a read by another client is use and stays listed; disabling during a test stays listed', async () => {
    const id = await newIntegration();
    await owner((c) => getCredentials(c, id));
    await owner((c) => setStatus(c, id, 'verifying'));
    await owner((c) => setStatus(c, id, 'disabled'));
    const kinds = (await owner((c) => listActivity(c, { integrationId: id }))).map((e) => [
      e.event_type,
      e.details['new_status'] ?? null,
    ]);
    expect(kinds).toEqual([
      ['status_changed', 'disabled'],
      ['credentials_read', null],
      ['created', null],
    ]);
  });

  it('lists a read "for a test" that no test entry covers, and lets one entry cover one read', async () => {
    const id = await newIntegration();
    // Anyone holding the token can ask for the key "for a test" and never report one.
    await owner((c) => getCredentials(c, id, 'test'));
    const alone = await owner((c) => listActivity(c, { integrationId: id }));
    expect(alone.map((e) => [e.event_type, e.details['purpose'] ?? null])).toEqual([
      ['credentials_read', 'test'],
      ['created', null],
    ]);
    // Two more such reads and then one test entry: only the last read is the test's.
    await owner((c) => getCredentials(c, id, 'test'));
    await owner((c) => getCredentials(c, id, 'test'));
    await owner((c) => recordTest(c, id, 'passed'));
    const kinds = (await owner((c) => listActivity(c, { integrationId: id }))).map(
      (e) => e.event_type,
    );
    expect(kinds).toEqual(['connection_test', 'credentials_read', 'credentials_read', 'created']);
    const { rows } = await owner((c) =>
      c.query<{ tests: number; reads: number }>(
        'select tests, reads from public.activity_daily($1, $2) order by day desc limit 1',
        [id, 'UTC'],
      ),
    );
    expect(rows[0]).toEqual({ tests: 1, reads: 2 });
  });

  it('refuses bad input, naming the parameter, and another user’s integration as missing', async () => {
    const id = await newIntegration();
    const bad = [
      { outcome: 'maybe', message: /p_outcome/ },
      { outcome: 'passed', latencyMs: -1, message: /p_latency_ms/ },
      { outcome: 'failed', errorCode: 'Key Rejected!', message: /p_error_code/ },
      { outcome: 'passed', device: 'line\nbreak', message: /p_device/ },
      { outcome: 'passed', device: 'x'.repeat(65), message: /p_device/ },
      { outcome: 'passed', device: 'portátil\u202Eana', message: /p_device/ },
    ];
    for (const { outcome, message, ...options } of bad) {
      const error = await sqlError(owner((c) => recordTest(c, id, outcome, options)));
      expect(error.code).toBe('22023');
      expect(error.message).toMatch(message);
    }
    const foreign = await sqlError(
      asUser(t.api, t.users.other, (c) => recordTest(c, id, 'passed')),
    );
    expect(foreign.code).toBe('P0002');
  });
});

describe('paging', () => {
  it('walks every event once, newest first, across events written at the same instant', async () => {
    const id = await newIntegration();
    // One transaction: every row gets the same now(), so only id orders them.
    await t.admin.query(
      `insert into public.integration_events (user_id, integration_id, integration_name, event_type, details)
       select $1, $2, 'same instant', 'updated', jsonb_build_object('n', n)
         from generate_series(1, 11) n`,
      [t.users.owner, id],
    );
    const all = await owner((c) => listActivity(c, { integrationId: id, limit: 200 }));
    const seen: string[] = [];
    let cursor: ActivityArgs['cursor'] = null;
    for (;;) {
      const page = await owner((c) => listActivity(c, { integrationId: id, cursor, limit: 4 }));
      seen.push(...page.map((e) => e.id));
      if (page.length < 4) break;
      const last = page.at(-1)!;
      cursor = { createdAt: last.at, id: last.id };
    }
    expect(seen).toEqual(all.map((e) => e.id));
    expect(new Set(seen).size).toBe(12);
  });

  it('filters by kind and by a [from, to) range, and refuses a reversed one', async () => {
    const id = await newIntegration();
    await runTest(id, 'passed');
    const tests = await owner((c) =>
      listActivity(c, { integrationId: id, kinds: ['connection_test'] }),
    );
    expect(tests.map((e) => e.event_type)).toEqual(['connection_test']);
    const at = tests[0]!.created_at;
    const inRange = await owner((c) =>
      listActivity(c, {
        integrationId: id,
        from: at.toISOString(),
        to: new Date(at.getTime() + 1).toISOString(),
      }),
    );
    expect(inRange.map((e) => e.id)).toContain(tests[0]!.id);
    const before = await owner((c) =>
      listActivity(c, { integrationId: id, to: at.toISOString(), kinds: ['connection_test'] }),
    );
    expect(before).toEqual([]);
    const reversed = await sqlError(
      owner((c) => listActivity(c, { from: at.toISOString(), to: at.toISOString() })),
    );
    expect(reversed).toMatchObject({ code: '22023', message: 'p_to must be after p_from' });
    const unknownKind = await sqlError(owner((c) => listActivity(c, { kinds: ['stolen'] })));
    expect(unknownKind.code).toBe('22023');
    const tooMany = await sqlError(owner((c) => listActivity(c, { limit: 201 })));
    expect(tooMany.message).toMatch(/p_limit/);
  });
});

describe('who sees what', () => {
  it('another user sees none of the owner’s events; anon may call nothing', async () => {
    const canary = newCanary();
    const id = await newIntegration(canary);
    await runTest(id, 'passed');
    const mine = await owner((c) => listActivity(c, { limit: 200 }));
    expect(mine.some((e) => e.integration_id === id)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain(canary);

    const theirs = await asUser(t.api, t.users.other, (c) => listActivity(c, { limit: 200 }));
    expect(theirs.some((e) => e.integration_id === id)).toBe(false);
    const daily = await sqlError(
      asUser(t.api, t.users.other, (c) =>
        c.query('select * from public.activity_daily($1, $2)', [id, 'UTC']),
      ),
    );
    expect(daily.code).toBe('P0002');

    for (const sql of [
      'select * from public.list_activity()',
      `select * from public.activity_daily('${id}', 'UTC')`,
      `select public.record_connection_test('${id}', 'passed', 1)`,
    ]) {
      const error = await sqlError(asAnon(t.api, (c) => c.query(sql)));
      expect(error.code).toBe('42501');
    }
  });
});

describe('per-day counts', () => {
  interface Day {
    day: string;
    tests: number;
    reads: number;
  }
  const daily = (id: string, zone: string) =>
    owner((c) =>
      c.query<Day>(`select day::text, tests, reads from public.activity_daily($1, $2)`, [id, zone]),
    ).then((r) => r.rows);

  it('gives the last 30 days oldest first, zeros included; tests and real reads apart', async () => {
    const id = await newIntegration();
    await runTest(id, 'passed');
    await runTest(id, 'failed');
    await owner((c) => getCredentials(c, id));
    const days = await daily(id, 'UTC');
    expect(days).toHaveLength(30);
    expect([...days].sort((a, b) => a.day.localeCompare(b.day))).toEqual(days);
    expect(days.at(-1)).toMatchObject({ tests: 2, reads: 1 });
    expect(days.slice(0, -1).every((d) => d.tests === 0 && d.reads === 0)).toBe(true);
  });

  it('puts an event on the day it was in the person’s time zone', async () => {
    const id = await newIntegration();
    // 00:30 in Auckland (UTC+12 or +13) is always the previous calendar day in UTC.
    await t.admin.query(
      `insert into public.integration_events (user_id, integration_id, integration_name, event_type, details, created_at)
       values ($1, $2, 'tz', 'connection_test', '{"outcome":"passed","latency_ms":1}',
               ((now() at time zone 'Pacific/Auckland')::date + time '00:30') at time zone 'Pacific/Auckland')`,
      [t.users.owner, id],
    );
    const dayOfTheTest = (days: Day[]) => days.filter((d) => d.tests === 1).map((d) => d.day);
    const [inAuckland] = dayOfTheTest(await daily(id, 'Pacific/Auckland'));
    const [inUtc] = dayOfTheTest(await daily(id, 'UTC'));
    expect(inAuckland).toBeDefined();
    const dayBefore = new Date(Date.parse(`${inAuckland}T00:00:00Z`) - 86_400_000);
    expect(inUtc).toBe(dayBefore.toISOString().slice(0, 10));
  });

  it('refuses a time zone that does not exist', async () => {
    const id = await newIntegration();
    const error = await sqlError(daily(id, 'Mars/Olympus'));
    expect(error).toMatchObject({
      code: '22023',
      message: 'p_time_zone must be an IANA time zone name',
    });
  });
});
