/**
 * integration_events is append-only, even for its owner (postgres), yet goes with its user when
 * the account is deleted, and outlives the integration it describes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, sqlError } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  deleteIntegration,
  newCanary,
} from './support/integrations.ts';
import pg from 'pg';

const t = useDatabaseSuite({ users: ['user'] });
let postgres: pg.Client;

beforeAll(async () => {
  const id = await asUser(t.api, t.users.user, (c) =>
    createIntegration(c, 'audited', 'openai', credentialFor('openai', newCanary())),
  );
  await asUser(t.api, t.users.user, (c) => deleteIntegration(c, id));
  postgres = new pg.Client({ connectionString: t.db.postgresUrl });
  await postgres.connect();
});
afterAll(async () => {
  await postgres?.end();
});

describe('integration_events', () => {
  it('keeps the events of a deleted integration', async () => {
    const { rows } = await t.admin.query(
      `select event_type, integration_name from public.integration_events where user_id = $1 order by id`,
      [t.users.user],
    );
    expect(rows).toEqual([
      { event_type: 'created', integration_name: 'audited' },
      { event_type: 'deleted', integration_name: 'audited' },
    ]);
  });

  it.each([
    ['update', `update public.integration_events set details = '{}'`],
    ['delete', `delete from public.integration_events`],
    ['truncate', `truncate public.integration_events`],
  ])('refuses %s even for the owner role', async (_name, sql) => {
    const error = await sqlError(postgres.query(sql));
    expect(error).toMatchObject({ code: '42501', message: 'integration_events is append-only' });
  });

  it('refuses update and delete even for the superuser', async () => {
    const error = await sqlError(t.admin.query(`delete from public.integration_events`));
    expect(error.message).toBe('integration_events is append-only');
  });

  it('goes with its user when the account is deleted', async () => {
    await t.admin.query('delete from auth.users where id = $1', [t.users.user]);
    const { rows } = await t.admin.query(
      'select count(*)::int as n from public.integration_events where user_id = $1',
      [t.users.user],
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
