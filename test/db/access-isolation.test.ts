/**
 * A second user, anon and the API roles against the first user's integration: no function, table
 * or Vault object gives them anything, and a stranger's id answers exactly like a missing one.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asAnon, asServiceRole, asUser, sqlError } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  deleteIntegration,
  getCredentials,
  newCanary,
  restoreStatus,
  rotateCredentials,
  setStatus,
  updateIntegration,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['owner', 'stranger'] });
let ownerIntegration: string;
let canary: string;
let snapshot: string;

async function stateOf(id: string): Promise<string> {
  const result = await t.admin.query<{ state: string }>(
    `select (select to_jsonb(i) from public.integrations i where i.id = $1)::text
         || (select count(*) from public.integration_events e where e.integration_id = $1)::text
         || (select s.decrypted_secret from vault.decrypted_secrets s
              join public.integrations i on i.secret_id = s.id where i.id = $1) as state`,
    [id],
  );
  return result.rows[0]!.state;
}

beforeAll(async () => {
  canary = newCanary();
  ownerIntegration = await asUser(t.api, t.users.owner, (c) =>
    createIntegration(c, 'owner key', 'openai', credentialFor('openai', canary)),
  );
  snapshot = await stateOf(ownerIntegration);
});

type Call = (c: pg.ClientBase, id: string) => Promise<unknown>;
const calls: [string, Call][] = [
  ['get_integration_credentials', (c, id) => getCredentials(c, id)],
  [
    'update_integration_credentials',
    (c, id) => rotateCredentials(c, id, credentialFor('openai', newCanary())),
  ],
  ['update_integration_status', (c, id) => setStatus(c, id, 'connected')],
  ['restore_integration_status', (c, id) => restoreStatus(c, id)],
  ['update_integration', (c, id) => updateIntegration(c, id, 'hijacked', { a: 1 })],
  ['delete_integration_with_vault', (c, id) => deleteIntegration(c, id)],
];

describe('another signed-in user', () => {
  it.each(calls)('%s on their id answers exactly like a missing id', async (_name, call) => {
    const theirs = await sqlError(
      asUser(t.api, t.users.stranger, (c) => call(c, ownerIntegration)),
    );
    const missing = await sqlError(asUser(t.api, t.users.stranger, (c) => call(c, randomUUID())));
    expect(theirs).toMatchObject({ code: 'P0002', message: 'Integration not found' });
    expect(theirs).toEqual(missing);
    expect(theirs.text).not.toContain(canary);
    expect(await stateOf(ownerIntegration)).toBe(snapshot);
  });

  it('sees none of the rows or events through the tables', async () => {
    const seen = await asUser(t.api, t.users.stranger, async (c) => ({
      integrations: (await c.query('select * from public.integrations')).rowCount,
      events: (await c.query('select * from public.integration_events')).rowCount,
    }));
    expect(seen).toEqual({ integrations: 0, events: 0 });
  });

  it.each([
    [
      'insert into integrations',
      `insert into public.integrations (user_id, name, type, secret_id) values ($1, 'x', 'openai', gen_random_uuid())`,
    ],
    ['update integrations', `update public.integrations set name = 'x' where user_id = $1`],
    ['delete integrations', `delete from public.integrations where user_id = $1`],
    [
      'insert events',
      `insert into public.integration_events (user_id, event_type) values ($1, 'created')`,
    ],
    ['delete events', `delete from public.integration_events where user_id = $1`],
    ['truncate integrations', `truncate public.integrations`],
  ])('cannot %s directly (42501)', async (_name, sql) => {
    const params = sql.includes('$1') ? [t.users.owner] : [];
    for (const user of [t.users.stranger, t.users.owner]) {
      const error = await sqlError(asUser(t.api, user, (c) => c.query(sql, params)));
      expect(error.code).toBe('42501');
    }
    expect(await stateOf(ownerIntegration)).toBe(snapshot);
  });
});

describe('anon', () => {
  it.each([
    ...calls,
    [
      'create_integration_with_vault',
      (c: pg.ClientBase) =>
        createIntegration(c, 'anon', 'openai', credentialFor('openai', newCanary())),
    ] as [string, Call],
  ])('may not execute %s', async (_name, call) => {
    const error = await sqlError(asAnon(t.api, (c) => call(c, ownerIntegration)));
    expect(error.code).toBe('42501');
    expect(error.message).toMatch(/permission denied for function/);
  });

  it.each(['public.integrations', 'public.integration_events'])(
    'may not read %s',
    async (table) => {
      const error = await sqlError(asAnon(t.api, (c) => c.query(`select * from ${table}`)));
      expect(error.code).toBe('42501');
    },
  );
});

describe('no user in the claims', () => {
  it('service_role (no sub) gets "User must be authenticated" from every function', async () => {
    for (const [, call] of calls) {
      const error = await sqlError(asServiceRole(t.api, (c) => call(c, ownerIntegration)));
      expect(error).toMatchObject({ code: '42501', message: 'User must be authenticated' });
    }
    expect(await stateOf(ownerIntegration)).toBe(snapshot);
  });

  it('authenticated without claims gets "User must be authenticated"', async () => {
    const client = await t.api.connect();
    try {
      await client.query('begin; set local role authenticated');
      const error = await sqlError(getCredentials(client, ownerIntegration));
      expect(error).toMatchObject({ code: '42501', message: 'User must be authenticated' });
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

describe('Vault from the API roles', () => {
  const vaultQueries = [
    'select * from vault.secrets',
    'select decrypted_secret from vault.decrypted_secrets',
    `select vault.create_secret('x')`,
    `select vault.update_secret(gen_random_uuid(), 'x')`,
    `delete from vault.secrets`,
    `select vault._crypto_aead_det_decrypt('\\x00'::bytea, '\\x00'::bytea, 0)`,
    `select vault._crypto_aead_det_noncegen()`,
  ];
  it.each(vaultQueries)('anon and authenticated are refused: %s', async (sql) => {
    for (const run of [
      (q: (c: pg.ClientBase) => Promise<unknown>) => asAnon(t.api, q),
      (q: (c: pg.ClientBase) => Promise<unknown>) => asUser(t.api, t.users.owner, q),
    ]) {
      const error = await sqlError(run((c) => c.query(sql)));
      expect(error.code).toBe('42501');
      expect(error.text).not.toContain(canary);
    }
  });

  it('has no privileges at all for anon and authenticated, per the catalog', async () => {
    const { rows } = await t.admin.query<{ role: string; object: string }>(
      `select r.rolname as role, c.oid::regclass::text as object
         from pg_class c cross join (values ('anon'), ('authenticated')) as r(rolname)
        where c.relnamespace = 'vault'::regnamespace
          and (has_table_privilege(r.rolname, c.oid, 'select, insert, update, delete, truncate, references, trigger'))
       union all
       select r.rolname, p.oid::regprocedure::text
         from pg_proc p cross join (values ('anon'), ('authenticated')) as r(rolname)
        where p.pronamespace = 'vault'::regnamespace and has_function_privilege(r.rolname, p.oid, 'execute')
       union all
       select r.rolname, 'schema vault'
         from (values ('anon'), ('authenticated')) as r(rolname)
        where has_schema_privilege(r.rolname, 'vault', 'usage')`,
    );
    expect(rows).toEqual([]);
  });
});
