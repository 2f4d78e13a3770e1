/**
 * One benchmark database at one size: started, seeded, with a subject user who owns 10
 * integrations, and the list of timed calls to run against it.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startLocalDatabase, type LocalDatabase } from '../../supabase/local/database.ts';
import { claimsFor, planNodes, timeAsUser, timePlain } from './db-measure.ts';
import { seedIntegrationsUpTo, seedUsers } from './db-seed.ts';

export type Task = [name: string, run: (first: number, count: number) => Promise<number[]>];

export interface Stage {
  size: number;
  seedSeconds: number;
  tasks: Task[];
  /** The plan of listing the subject's integrations as the subject, under RLS. */
  listingPlan(): Promise<{ type: string; relation?: string; index?: string }[]>;
  /** VACUUM the touched tables (see db.bench.ts for why). */
  vacuum(): Promise<void>;
  stop(): Promise<void>;
}

const SUBJECT_INTEGRATIONS = 10;
const key = (i: number) => `sk-proj-bench${String(i).padStart(7, '0')}${'x'.repeat(24)}`;

export async function startStage(size: number, users: number): Promise<Stage> {
  const db: LocalDatabase = await startLocalDatabase();
  const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
  const api = new pg.Client({ connectionString: db.authenticatorUrl });
  const postgres = new pg.Client({ connectionString: db.postgresUrl });
  await Promise.all([api.connect(), postgres.connect()]);

  const started = Date.now();
  const subject = randomUUID();
  await admin.query(
    `insert into auth.users (id, email, aud, role) values ($1, 'subject@example.test', 'authenticated', 'authenticated')`,
    [subject],
  );
  await seedUsers(admin, users - 1);
  const subjectIds: string[] = [];
  await timeAsUser(api, subject, 0, SUBJECT_INTEGRATIONS, async (c, i) => {
    const { rows } = await c.query<{ id: string }>(
      `select public.create_integration_with_vault($1, 'openai', $2, '{"organization":"o"}') as id`,
      [`subject ${i}`, key(i)],
    );
    subjectIds.push(rows[0]!.id);
  });
  await seedIntegrationsUpTo(admin, size);
  const seedSeconds = (Date.now() - started) / 1000;
  const { rows: secrets } = await admin.query<{ secret_id: string }>(
    'select secret_id from public.integrations where user_id = $1',
    [subject],
  );
  const subjectSecrets = secrets.map((row) => row.secret_id);

  const pick = (i: number) => subjectIds[i % subjectIds.length]!;
  const created = new Map<number, string>();
  const asSubject =
    (call: (c: pg.ClientBase, i: number) => Promise<unknown>) => (first: number, count: number) =>
      timeAsUser(api, subject, first, count, call);

  const tasks: Task[] = [
    [
      'create_integration_with_vault',
      asSubject(async (c, i) => {
        const { rows } = await c.query<{ id: string }>(
          `select public.create_integration_with_vault($1, 'openai', $2) as id`,
          [`created ${i}`, key(i)],
        );
        created.set(i, rows[0]!.id);
      }),
    ],
    [
      'get_integration_credentials',
      asSubject((c, i) => c.query('select public.get_integration_credentials($1)', [pick(i)])),
    ],
    [
      'update_integration_credentials',
      asSubject((c, i) =>
        c.query('select public.update_integration_credentials($1, $2)', [pick(i), key(i + 1)]),
      ),
    ],
    [
      'update_integration_status',
      asSubject((c, i) =>
        c.query('select public.update_integration_status($1, $2, $3)', [
          pick(i),
          i % 2 ? 'connected' : 'error',
          i % 2 ? null : 'quota exceeded',
        ]),
      ),
    ],
    [
      'update_integration',
      asSubject((c, i) =>
        c.query(
          `select public.update_integration($1, null, jsonb_build_object('organization', $2::text))`,
          [pick(i), `org ${i}`],
        ),
      ),
    ],
    [
      'delete_integration_with_vault',
      asSubject((c, i) =>
        c.query('select public.delete_integration_with_vault($1)', [created.get(i)]),
      ),
    ],
    [
      'list own integrations (RLS select)',
      asSubject((c) =>
        c.query(
          `select id, name, type, status, credential_hint, last_used_at
             from public.integrations where user_id = $1 order by created_at desc`,
          [subject],
        ),
      ),
    ],
    [
      'bare vault.decrypted_secrets pk read',
      (first, count) =>
        timePlain(postgres, first, count, (c, i) =>
          c.query('select decrypted_secret from vault.decrypted_secrets where id = $1', [
            subjectSecrets[i % subjectSecrets.length],
          ]),
        ),
    ],
  ];

  return {
    size,
    seedSeconds,
    tasks,
    async listingPlan() {
      await api.query('begin; set local role authenticated');
      await api.query(`select set_config('request.jwt.claims', $1, true)`, [claimsFor(subject)]);
      const { rows } = await api.query<{ 'QUERY PLAN': unknown }>(
        'explain (format json) select id, name, type, status from public.integrations where user_id = $1',
        [subject],
      );
      await api.query('commit');
      return planNodes(rows[0]!['QUERY PLAN']);
    },
    async vacuum() {
      await admin.query('vacuum public.integrations, public.integration_events, vault.secrets');
    },
    async stop() {
      await Promise.all([api.end(), postgres.end(), admin.end()]);
      await db.stop();
    },
  };
}
