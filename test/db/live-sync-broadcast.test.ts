/**
 * Migration 20261205300000 (issue #15): each change of an integration and each audit event lands
 * in realtime.messages on the owner's private topic, with no secret and no Vault id, and the
 * policy on realtime.messages lets only that owner join the topic, probed the way Realtime does.
 */
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asAnon, asUser, sqlError, userClaims } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  deleteIntegration,
  getCredentials,
  newCanary,
  setStatus,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['owner', 'stranger'] });

const topicOf = (userId: string) => `user:${userId}:integrations`;

interface MessageRow {
  topic: string;
  event: string;
  private: boolean;
  payload: { operation: string; integration_id: string; record: Record<string, unknown> | null };
}

async function messagesSince(since: Date): Promise<MessageRow[]> {
  const { rows } = await t.admin.query<MessageRow>(
    `select topic, event, private, payload from realtime.messages
      where inserted_at >= $1 order by inserted_at, payload->'record'->>'id'`,
    [since.toISOString().replace('Z', '')],
  );
  return rows;
}

/**
 * Realtime's read authorization (lib/realtime/tenants/authorization.ex): insert a probe message
 * for the topic as the service, switch to the user's role, claims and realtime.topic, and see
 * whether the probe is visible; always rolled back.
 */
async function canJoin(role: 'authenticated' | 'anon', claims: object, topic: string) {
  const client: pg.PoolClient = await t.admin.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: string }>(
      `insert into realtime.messages (topic, extension) values ($1, 'broadcast') returning id`,
      [topic],
    );
    await client.query(
      `select set_config('role', $1, true), set_config('realtime.topic', $2, true),
              set_config('request.jwt.claims', $3, true)`,
      [role, topic, JSON.stringify(claims)],
    );
    const seen = await client.query(
      `select 1 from realtime.messages where topic = $1 and id = $2`,
      [topic, rows[0]!.id],
    );
    return seen.rowCount === 1;
  } finally {
    await client.query('rollback');
    client.release();
  }
}

describe('broadcast from the database', () => {
  it('sends create, status, use and delete on the owner private topic, without secrets', async () => {
    const since = new Date(Date.now() - 1000);
    const canary = newCanary();
    const id = await asUser(t.api, t.users.owner, (c) =>
      createIntegration(c, 'Live one', 'openai', credentialFor('openai', canary)),
    );
    await asUser(t.api, t.users.owner, (c) => setStatus(c, id, 'error', 'refused'));
    await asUser(t.api, t.users.owner, (c) => getCredentials(c, id));
    await asUser(t.api, t.users.owner, (c) => deleteIntegration(c, id));

    const messages = (await messagesSince(since)).filter((m) => m.payload.integration_id === id);
    expect(new Set(messages.map((m) => m.topic))).toEqual(new Set([topicOf(t.users.owner)]));
    expect(messages.every((m) => m.private)).toBe(true);
    const changes = messages.filter((m) => m.event === 'integration_changed');
    expect(changes.map((m) => m.payload.operation)).toEqual(
      expect.arrayContaining(['INSERT', 'UPDATE', 'DELETE']),
    );
    expect(changes.find((m) => m.payload.record?.status === 'error')?.payload.record).toMatchObject(
      {
        id,
        name: 'Live one',
        error_message: 'refused',
      },
    );
    const events = messages.filter((m) => m.event === 'integration_event');
    expect(events.map((m) => m.payload.record?.event_type)).toEqual(
      expect.arrayContaining(['created', 'status_changed', 'credentials_read', 'deleted']),
    );
    const text = JSON.stringify(messages);
    expect(text).not.toContain(canary);
    expect(text).not.toMatch(/secret_id|user_id/);
    const { rows } = await t.admin.query<{ count: string }>(
      `select count(*) from vault.secrets s where $1 like '%' || s.id::text || '%'`,
      [text],
    );
    expect(rows[0]!.count).toBe('0');
  });

  it('lets only the owner join their topic', async () => {
    const owner = userClaims(t.users.owner);
    expect(await canJoin('authenticated', owner, topicOf(t.users.owner))).toBe(true);
    expect(await canJoin('authenticated', owner, topicOf(t.users.stranger))).toBe(false);
    expect(
      await canJoin('authenticated', userClaims(t.users.stranger), topicOf(t.users.owner)),
    ).toBe(false);
    expect(await canJoin('anon', { role: 'anon' }, topicOf(t.users.owner))).toBe(false);
    expect(await canJoin('authenticated', owner, `${topicOf(t.users.owner)}:x`)).toBe(false);
  });

  it('lets no API role write a message or read another user message', async () => {
    await asUser(t.api, t.users.owner, (c) =>
      createIntegration(c, 'Seen by owner only', 'openai', credentialFor('openai', newCanary())),
    );
    const forged = await sqlError(
      asUser(t.api, t.users.stranger, (c) =>
        c.query(
          `insert into realtime.messages (topic, extension, payload) values ($1, 'broadcast', '{}')`,
          [topicOf(t.users.owner)],
        ),
      ),
    );
    expect(forged.code).toBe('42501');
    const strangerSees = await asUser(t.api, t.users.stranger, (c) =>
      c.query(`select 1 from realtime.messages`),
    );
    expect(strangerSees.rowCount).toBe(0);
    const anonSees = await asAnon(t.api, (c) => c.query(`select 1 from realtime.messages`));
    expect(anonSees.rowCount).toBe(0);
  });
});
