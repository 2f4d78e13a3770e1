/**
 * restore_integration_status: after a test that ended without a result, the status from before
 * `verifying` comes back (with its error message), last_verified_at does not move, and the audit
 * trail says it was a restore. Anything but `verifying` is left alone.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asAnon, asServiceRole, asUser, sqlError, userClaims } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  newCanary,
  restoreStatus,
  rotateCredentials,
  setStatus,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['owner', 'stranger'] });

interface Row {
  status: string;
  error_message: string | null;
  /** As text, to compare to the microsecond. */
  last_verified_at: string | null;
  updated_at: string;
}

async function row(id: string): Promise<Row> {
  const { rows } = await t.admin.query<Row>(
    `select status, error_message, last_verified_at::text, updated_at::text
       from public.integrations where id = $1`,
    [id],
  );
  return rows[0]!;
}

async function statusEvents(id: string): Promise<Record<string, unknown>[]> {
  const { rows } = await t.admin.query<{ details: Record<string, unknown> }>(
    `select details from public.integration_events
      where integration_id = $1 and event_type = 'status_changed' order by id`,
    [id],
  );
  return rows.map((r) => r.details);
}

/** Everything about the row and its trail, to prove a call changed nothing. */
async function stateOf(id: string): Promise<string> {
  const { rows } = await t.admin.query<{ state: string }>(
    `select (select to_jsonb(i) from public.integrations i where i.id = $1)::text || ' '
         || (select count(*) from public.integration_events e where e.integration_id = $1)::text as state`,
    [id],
  );
  return rows[0]!.state;
}

function asOwner<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return asUser(t.api, t.users.owner, run);
}

async function newIntegration(name: string, credential = credentialFor('openai', newCanary())) {
  return asOwner((c) => createIntegration(c, `${name} ${randomUUID()}`, 'openai', credential));
}

describe('restoring after a cancelled test', () => {
  it('puts connected back without moving last_verified_at, and audits a restore', async () => {
    const id = await newIntegration('connected');
    await asOwner((c) => setStatus(c, id, 'connected'));
    const verified = await row(id);
    expect(verified.last_verified_at).not.toBeNull();
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    const restored = await row(id);
    expect(restored).toMatchObject({
      status: 'connected',
      error_message: null,
      last_verified_at: verified.last_verified_at,
    });
    expect(restored.updated_at > verified.updated_at).toBe(true);
    expect((await statusEvents(id)).at(-1)).toEqual({
      old_status: 'verifying',
      new_status: 'connected',
      reason: 'test_cancelled',
    });
  });

  it('puts error back with its message, and keeps last_verified_at', async () => {
    const id = await newIntegration('error');
    await asOwner((c) => setStatus(c, id, 'error', 'Incorrect API key provided.'));
    const failed = await row(id);
    await asOwner((c) => setStatus(c, id, 'verifying'));
    expect(await row(id)).toMatchObject({ status: 'verifying', error_message: null });
    await asOwner((c) => restoreStatus(c, id));
    expect(await row(id)).toMatchObject({
      status: 'error',
      error_message: 'Incorrect API key provided.',
      last_verified_at: failed.last_verified_at,
    });
    expect((await statusEvents(id)).at(-1)).toEqual({
      old_status: 'verifying',
      new_status: 'error',
      error_message: 'Incorrect API key provided.',
      reason: 'test_cancelled',
    });
  });

  it('puts unverified back on a never-verified integration, leaving last_verified_at empty', async () => {
    const id = await newIntegration('fresh');
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect(await row(id)).toMatchObject({ status: 'unverified', last_verified_at: null });
  });

  it('brings back the latest error message, never an older one', async () => {
    const id = await newIntegration('messages');
    await asOwner((c) => setStatus(c, id, 'error', 'old message'));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => setStatus(c, id, 'error', 'new message'));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect(await row(id)).toMatchObject({ status: 'error', error_message: 'new message' });

    await asOwner((c) => setStatus(c, id, 'connected'));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect(await row(id)).toMatchObject({ status: 'connected', error_message: null });

    await asOwner((c) => setStatus(c, id, 'error', 'before rotation'));
    await asOwner((c) => rotateCredentials(c, id, credentialFor('openai', newCanary())));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect(await row(id)).toMatchObject({ status: 'unverified', error_message: null });
  });

  it('skips overlapping tests (verifying -> verifying) to the status before the first', async () => {
    const id = await newIntegration('overlap');
    await asOwner((c) => setStatus(c, id, 'connected'));
    const verified = await row(id);
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect(await row(id)).toMatchObject({
      status: 'connected',
      last_verified_at: verified.last_verified_at,
    });
  });

  it('falls back to unverified when the trail does not say how verifying began', async () => {
    const id = await newIntegration('by hand');
    await asOwner((c) => setStatus(c, id, 'connected'));
    // As if written outside the functions: no status_changed event into verifying.
    await t.admin.query(`update public.integrations set status = 'verifying' where id = $1`, [id]);
    await asOwner((c) => restoreStatus(c, id));
    expect((await row(id)).status).toBe('unverified');
  });

  it('puts back only the redacted message, never the credential in it', async () => {
    const canary = newCanary();
    const credential = credentialFor('openai', canary);
    const id = await newIntegration('canary', credential);
    await asOwner((c) => setStatus(c, id, 'error', `Incorrect API key provided: ${credential}.`));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect((await row(id)).error_message).toBe('Incorrect API key provided: [REDACTED].');
    expect(await stateOf(id)).not.toContain(canary);
    expect(JSON.stringify(await statusEvents(id))).not.toContain(canary);
  });
});

describe('when the status is not verifying', () => {
  it.each(['unverified', 'connected', 'error', 'disabled'])(
    'leaves %s alone: no change, no event, no error',
    async (status) => {
      const id = await newIntegration(status);
      await asOwner((c) => setStatus(c, id, status, 'a message'));
      const before = await stateOf(id);
      await asOwner((c) => restoreStatus(c, id));
      expect(await stateOf(id)).toBe(before);
    },
  );

  it('is a no-op once the test has finished, and when called twice', async () => {
    const id = await newIntegration('finished');
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    const restored = await stateOf(id);
    await asOwner((c) => restoreStatus(c, id));
    expect(await stateOf(id)).toBe(restored);

    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => setStatus(c, id, 'error', 'the result'));
    const finished = await stateOf(id);
    await asOwner((c) => restoreStatus(c, id));
    expect(await stateOf(id)).toBe(finished);
  });

  it('waits for a result being written at the same time, then leaves it alone', async () => {
    const id = await newIntegration('race');
    await asOwner((c) => setStatus(c, id, 'verifying'));
    const writer = await t.api.connect();
    try {
      await writer.query('begin');
      await writer.query('set local role authenticated');
      await writer.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify(userClaims(t.users.owner)),
      ]);
      await setStatus(writer, id, 'connected');
      const restoring = asOwner((c) => restoreStatus(c, id));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await writer.query('commit');
      await restoring;
    } finally {
      writer.release();
    }
    expect((await row(id)).status).toBe('connected');
    expect((await statusEvents(id)).at(-1)).toEqual({
      old_status: 'verifying',
      new_status: 'connected',
    });
  });
});

describe('who may restore', () => {
  it("another user's verifying integration answers exactly like a missing id, and stays as it was", async () => {
    const id = await newIntegration('not yours');
    await asOwner((c) => setStatus(c, id, 'connected'));
    await asOwner((c) => setStatus(c, id, 'verifying'));
    const before = await stateOf(id);
    const theirs = await sqlError(asUser(t.api, t.users.stranger, (c) => restoreStatus(c, id)));
    const missing = await sqlError(
      asUser(t.api, t.users.stranger, (c) => restoreStatus(c, randomUUID())),
    );
    expect(theirs).toMatchObject({ code: 'P0002', message: 'Integration not found' });
    expect(theirs).toEqual(missing);
    expect(await stateOf(id)).toBe(before);
  });

  it('anon may not execute it; service_role without a user is not authenticated', async () => {
    const id = await newIntegration('roles');
    await asOwner((c) => setStatus(c, id, 'verifying'));
    const before = await stateOf(id);
    const anon = await sqlError(asAnon(t.api, (c) => restoreStatus(c, id)));
    expect(anon.code).toBe('42501');
    expect(anon.message).toMatch(/permission denied for function/);
    const service = await sqlError(asServiceRole(t.api, (c) => restoreStatus(c, id)));
    expect(service).toMatchObject({ code: '42501', message: 'User must be authenticated' });
    expect(await stateOf(id)).toBe(before);
  });
});
