/**
 * "Last test" and "last passing test" (issue #14 §3): update_integration_status stamps
 * last_verified_at on any result and last_test_passed_at only when the test passed; a restore
 * after a cancelled test moves neither; the migration back-filled the passing time from the
 * audit trail.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  newCanary,
  restoreStatus,
  setStatus,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['owner'] });

interface Times {
  status: string;
  /** As text, to compare to the microsecond. */
  last_verified_at: string | null;
  last_test_passed_at: string | null;
}

async function times(id: string): Promise<Times> {
  const { rows } = await t.admin.query<Times>(
    `select status, last_verified_at::text, last_test_passed_at::text
       from public.integrations where id = $1`,
    [id],
  );
  return rows[0]!;
}

function asOwner<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return asUser(t.api, t.users.owner, run);
}

async function newIntegration(): Promise<string> {
  const credential = credentialFor('openai', newCanary());
  return asOwner((c) => createIntegration(c, `times ${randomUUID()}`, 'openai', credential));
}

describe('the times of the last test and of the last passing test', () => {
  it('a new integration has neither', async () => {
    expect(await times(await newIntegration())).toEqual({
      status: 'unverified',
      last_verified_at: null,
      last_test_passed_at: null,
    });
  });

  it('a passed test stamps both; a later failure moves only the last test', async () => {
    const id = await newIntegration();
    await asOwner((c) => setStatus(c, id, 'connected'));
    const passed = await times(id);
    expect(passed.last_test_passed_at).not.toBeNull();
    expect(passed.last_test_passed_at).toBe(passed.last_verified_at);

    await asOwner((c) => setStatus(c, id, 'error', 'Incorrect API key provided.'));
    const failed = await times(id);
    expect(failed.status).toBe('error');
    expect(failed.last_verified_at! > passed.last_verified_at!).toBe(true);
    expect(failed.last_test_passed_at).toBe(passed.last_test_passed_at);
  });

  it('a failed first test leaves "last passing test" empty', async () => {
    const id = await newIntegration();
    await asOwner((c) => setStatus(c, id, 'error', 'Incorrect API key provided.'));
    expect(await times(id)).toMatchObject({ status: 'error', last_test_passed_at: null });
    expect((await times(id)).last_verified_at).not.toBeNull();
  });

  it('a restore after a cancelled test moves neither', async () => {
    const id = await newIntegration();
    await asOwner((c) => setStatus(c, id, 'connected'));
    const before = await times(id);
    await asOwner((c) => setStatus(c, id, 'verifying'));
    await asOwner((c) => restoreStatus(c, id));
    expect(await times(id)).toEqual(before);
  });

  it('disabling keeps both', async () => {
    const id = await newIntegration();
    await asOwner((c) => setStatus(c, id, 'connected'));
    const before = await times(id);
    await asOwner((c) => setStatus(c, id, 'disabled'));
    expect(await times(id)).toEqual({ ...before, status: 'disabled' });
  });
});
