/**
 * Activity benchmark (issue #14 §5): `npm run bench activity`.
 *
 * Two local databases with the real migrations, one user whose history holds 1,000 events in one
 * and 100,000 in the other (over ten integrations, spread across a year; a third of them the step
 * events of connection tests, which the page leaves out), seeded set-based as the superuser. It
 * times what the "Actividad" page asks as PostgREST would call it (authenticated role, the user's
 * JWT claims): the first page, the first page of connection tests only, a page deep in the
 * history by cursor, and the detail chart's 30 days. Prints p50/p95 per size and the ratio
 * p95@100k / p95@1k, whose target is ≤ 1.2 (the page must not cost more with a longer history);
 * and checks with EXPLAIN that the page is read from integration_events_activity_idx.
 *
 * The sizes alternate round by round so other work on the machine weighs on both alike. Exit code
 * 1 when the page is not an index scan or the first page's ratio exceeds the target.
 * Knobs: BENCH_ITERATIONS (calls per query and size, default 600), BENCH_ROUNDS (default 5).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startLocalDatabase, type LocalDatabase } from '../../supabase/local/database.ts';
import { planNodes, stats, timeAsUser } from './db-measure.ts';

const SIZES = [1_000, 100_000] as const;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_RATIO = 1.2;
const FIRST_PAGE = 'first page';

interface ActivityStage {
  size: number;
  queries: [name: string, run: (first: number, count: number) => Promise<number[]>][];
  pageIndex(): Promise<string>;
  stop(): Promise<void>;
}

async function startActivityStage(size: number): Promise<ActivityStage> {
  const db: LocalDatabase = await startLocalDatabase();
  const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
  const api = new pg.Client({ connectionString: db.authenticatorUrl });
  await api.connect();
  const subject = randomUUID();
  await admin.query(
    `insert into auth.users (id, email, aud, role) values ($1, 'subject@example.test', 'authenticated', 'authenticated')`,
    [subject],
  );
  const ids: string[] = [];
  await timeAsUser(api, subject, 0, 10, async (c, i) => {
    const { rows } = await c.query<{ id: string }>(
      `select public.create_integration_with_vault($1, 'openai', $2) as id`,
      [`bench ${i}`, `sk-proj-bench${String(i).padStart(7, '0')}${'x'.repeat(24)}`],
    );
    ids.push(rows[0]!.id);
  });
  // Events come in threes a few seconds apart on one integration: a connection test, a step of it
  // (its status change or its credential read, which the entry covers), and an edit.
  await admin.query(
    `insert into public.integration_events (user_id, integration_id, integration_name, event_type, details, created_at)
     select $1, ($2::uuid[])[1 + (g / 3) % 10], 'bench',
            case g % 3 when 0 then 'connection_test'
                       when 1 then case when g % 2 = 0 then 'status_changed' else 'credentials_read' end
                       else 'updated' end,
            case g % 3 when 0 then '{"outcome":"passed","latency_ms":300,"device":"bench"}'::jsonb
                       when 1 then case when g % 2 = 0 then '{"old_status":"connected","new_status":"verifying"}'::jsonb
                                        else '{"purpose":"test"}'::jsonb end
                       else '{"fields":["name"]}'::jsonb end,
            now() - ((g / 3)::double precision / ($3 / 3)) * interval '365 days'
                  - (g % 3) * interval '2 seconds'
       from generate_series(1, $3::int) g`,
    [subject, ids, size],
  );
  await admin.query('vacuum analyze public.integration_events');

  const page =
    (sql: string, params: (c: pg.ClientBase) => Promise<unknown[]> | unknown[]) =>
    (first: number, count: number) =>
      timeAsUser(api, subject, first, count, async (c) => c.query(sql, await params(c)));
  // A cursor half-way through the history: the page after it costs what the first one does.
  const { rows: middle } = await admin.query<{ at: string; id: string }>(
    `select created_at::text as at, id from public.integration_events
      where user_id = $1 and not test_step order by created_at desc, id desc offset $2 limit 1`,
    [subject, Math.floor(size / 3)],
  );
  return {
    size,
    queries: [
      [FIRST_PAGE, page('select * from public.list_activity()', () => [])],
      [
        'connection tests',
        page(`select * from public.list_activity(p_kinds => array['connection_test'])`, () => []),
      ],
      [
        'page by cursor',
        page(
          'select * from public.list_activity(p_cursor_created_at => $1, p_cursor_id => $2)',
          () => [middle[0]!.at, middle[0]!.id],
        ),
      ],
      [
        'chart, 30 days',
        page('select * from public.activity_daily($1, $2)', () => [ids[0], 'Europe/Madrid']),
      ],
    ],
    // The function's first-page statement, as its owner runs it (SECURITY DEFINER).
    async pageIndex() {
      const { rows } = await admin.query<{ 'QUERY PLAN': unknown }>(
        `explain (format json)
         select e.id from public.integration_events e
          where e.user_id = $1 and not e.test_step
          order by e.created_at desc, e.id desc limit 50`,
        [subject],
      );
      const scans = planNodes(rows[0]!['QUERY PLAN']).filter((node) => node.type.includes('Scan'));
      return scans
        .map((node) => `${node.type}${node.index ? ` using ${node.index}` : ''}`)
        .join(', ');
    },
    async stop() {
      await Promise.all([api.end(), admin.end()]);
      await db.stop();
    },
  };
}

const startedAt = performance.now();
const stages: ActivityStage[] = [];
let failed = false;
try {
  for (const size of SIZES) {
    const seeding = performance.now();
    stages.push(await startActivityStage(size));
    console.log(
      `seeded ${size.toLocaleString('en')} events for one user in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
  }
  for (const stage of stages) {
    const plan = await stage.pageIndex();
    const indexed = plan.includes('integration_events_activity_idx');
    failed ||= !indexed;
    console.log(
      `first page @${stage.size}: ${plan} → ${indexed ? 'index scan ✓' : 'NOT indexed ✗'}`,
    );
  }
  const samples = stages.map(() => new Map<string, number[][]>());
  const perRound = Math.ceil(ITERATIONS / ROUNDS);
  for (const stage of stages) for (const [, run] of stage.queries) await run(0, 30);
  for (let round = 0; round < ROUNDS; round++) {
    for (let query = 0; query < stages[0]!.queries.length; query++) {
      for (const s of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const [name, run] = stages[s]!.queries[query]!;
        samples[s]!.set(name, [...(samples[s]!.get(name) ?? []), await run(0, perRound)]);
      }
    }
  }
  console.log('\nquery               p50@1k   p95@1k  p50@100k p95@100k  ratio (p95)');
  for (const [name] of stages[0]!.queries) {
    const small = stats(samples[0]!.get(name)!);
    const large = stats(samples[1]!.get(name)!);
    const ratio = large.p95 / small.p95;
    if (name === FIRST_PAGE && ratio > TARGET_RATIO) failed = true;
    const ms = (value: number) => `${value.toFixed(3).padStart(7)} ms`.padStart(9);
    console.log(
      `${name.padEnd(18)}${ms(small.p50)}${ms(small.p95)}${ms(large.p50)}${ms(large.p95)}  ${ratio.toFixed(2)}${
        name === FIRST_PAGE ? (ratio <= TARGET_RATIO ? ' ✓ (≤ 1.2)' : ' ✗ (> 1.2)') : ''
      }`,
    );
  }
} finally {
  await Promise.all(stages.map((stage) => stage.stop()));
}
console.log(`\ndone in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
