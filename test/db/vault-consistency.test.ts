/**
 * The link between integrations and Vault secrets (not a foreign key, see the migration): after
 * any sequence of operations, and under concurrent rotate/delete, every integration has exactly
 * one secret and no integration secret is orphaned.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, createUser, sqlError, userClaims } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  deleteIntegration,
  getCredentials,
  integrationTypes,
  newCanary,
  rotateCredentials,
  setStatus,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['user'] });

/** Integrations without exactly one secret, and integration secrets without an integration. */
async function inconsistencies(): Promise<string[]> {
  const { rows } = await t.admin.query<{ problem: string }>(
    `select format('integration %s has %s secrets', i.id, count(s.id)) as problem
       from public.integrations i left join vault.secrets s on s.id = i.secret_id
      group by i.id having count(s.id) <> 1
     union all
     select format('orphaned secret %s', s.name)
       from vault.secrets s
      where s.name like 'integration:%'
        and not exists (select 1 from public.integrations i where i.secret_id = s.id)
     union all
     select format('secret %s is named for another integration', s.id)
       from public.integrations i join vault.secrets s on s.id = i.secret_id
      where s.name <> 'integration:' || i.id`,
  );
  return rows.map((row) => row.problem);
}

describe('after a random sequence of operations', () => {
  it('every integration has exactly one secret and none is orphaned', async () => {
    const ids: string[] = [];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let step = 0; step < 120; step++) {
      const type = integrationTypes[next() % integrationTypes.length]!;
      const pick = ids[next() % Math.max(ids.length, 1)];
      const action = ids.length === 0 ? 0 : next() % 6;
      await asUser(t.api, t.users.user, async (c) => {
        switch (action) {
          case 0:
            ids.push(
              await createIntegration(c, `seq ${step}`, type, credentialFor(type, newCanary())),
            );
            break;
          case 1:
            await deleteIntegration(c, pick!);
            ids.splice(ids.indexOf(pick!), 1);
            break;
          case 2: {
            const { rows } = await c.query<{ type: 'openai' }>(
              'select type from public.integrations where id = $1',
              [pick],
            );
            await rotateCredentials(c, pick!, credentialFor(rows[0]!.type, newCanary()));
            break;
          }
          case 3:
            await setStatus(c, pick!, 'connected');
            break;
          case 4:
            await getCredentials(c, pick!);
            break;
          default:
            // A failing call must leave nothing behind either.
            await sqlError(createIntegration(c, `bad ${step}`, 'aws', 'not json'));
        }
      });
    }
    const { rows } = await t.admin.query<{ n: number }>(
      'select count(*)::int as n from public.integrations',
    );
    expect(rows[0]!.n).toBe(ids.length);
    expect(await inconsistencies()).toEqual([]);
  });

  it('a failed create (duplicate name) leaves no secret behind', async () => {
    await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'unique once', 'openai', credentialFor('openai', newCanary())),
    );
    const before = await t.admin.query('select count(*) from vault.secrets');
    const error = await sqlError(
      asUser(t.api, t.users.user, (c) =>
        createIntegration(c, 'UNIQUE ONCE', 'openai', credentialFor('openai', newCanary())),
      ),
    );
    expect(error).toMatchObject({
      code: '23505',
      message: 'An integration named "UNIQUE ONCE" already exists',
    });
    const after = await t.admin.query('select count(*) from vault.secrets');
    expect(after.rows).toEqual(before.rows);
  });

  it('deleting the user removes their integrations and, by trigger, their Vault secrets', async () => {
    const leaving = await createUser(t.admin);
    const id = await asUser(t.api, leaving, (c) =>
      createIntegration(c, 'bye', 'openai', credentialFor('openai', newCanary())),
    );
    const before = await t.admin.query<{ secret_id: string }>(
      'select secret_id from public.integrations where id = $1',
      [id],
    );
    await t.admin.query('delete from auth.users where id = $1', [leaving]);
    const secret = await t.admin.query('select 1 from vault.secrets where id = $1', [
      before.rows[0]!.secret_id,
    ]);
    expect(secret.rowCount).toBe(0);
    expect(await inconsistencies()).toEqual([]);
  });
});

describe('concurrent rotate and delete of the same integration', () => {
  async function session(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: t.db.authenticatorUrl });
    await client.connect();
    await client.query('begin; set local role authenticated');
    await client.query(`select set_config('request.jwt.claims', $1, true)`, [
      JSON.stringify(userClaims(t.users.user)),
    ]);
    return client;
  }

  it.each([
    ['rotate first, then delete', 'rotate'],
    ['delete first, then rotate', 'delete'],
    ['delete twice', 'delete-delete'],
  ])('%s: no orphan, and the loser gets only "not found"', async (_name, order) => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, `race ${order}`, 'openai', credentialFor('openai', newCanary())),
    );
    const [a, b] = await Promise.all([session(), session()]);
    try {
      const rotate = (c: pg.Client) =>
        rotateCredentials(c, id, credentialFor('openai', newCanary()));
      const remove = (c: pg.Client) => deleteIntegration(c, id);
      const first = order === 'rotate' ? rotate : remove;
      const second = order === 'delete' ? rotate : remove;
      await first(a);
      // b blocks on the row lock a holds; commit a while b waits.
      const waiting = second(b).then(
        () => null,
        (error: pg.DatabaseError) => ({ code: error.code, message: error.message }),
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      const { rows } = await t.admin.query<{ n: number }>(
        `select count(*)::int as n from pg_locks where not granted`,
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
      await a.query('commit');
      const outcome = await waiting;
      await b.query(outcome ? 'rollback' : 'commit');
      if (order === 'rotate') expect(outcome).toBeNull();
      else expect(outcome).toEqual({ code: 'P0002', message: 'Integration not found' });
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    expect(await inconsistencies()).toEqual([]);
    const left = await t.admin.query('select 1 from public.integrations where id = $1', [id]);
    expect(left.rowCount).toBe(0);
  });
});
