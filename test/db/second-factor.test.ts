/**
 * The database requires the second factor (issue #13 §2): a user with a verified factor whose
 * token is at aal1 (password only) cannot read a decrypted credential, create, rotate, edit or
 * delete an integration, or change its status, each refused with SQLSTATE 28M01; at aal2 they
 * can. The metadata list stays readable at aal1 so the app can ask for the code. Users without a
 * verified factor, cross-user and anonymous access behave as before.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asAnon, asRole, sqlError, userClaims } from './support/db.ts';
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

const t = useDatabaseSuite({ users: ['enrolled', 'pending', 'plain'] });

type Aal = 'aal1' | 'aal2';
type User = 'enrolled' | 'pending' | 'plain';

function as<T>(user: User, aal: Aal, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return asRole(t.api, 'authenticated', { ...userClaims(t.users[user]), aal }, run);
}

async function addFactor(userId: string, status: 'verified' | 'unverified'): Promise<void> {
  // As Supabase Auth stores a TOTP factor (the secret is Auth's business, never the app's).
  await t.admin.query(
    `insert into auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at,
                                   updated_at, secret)
     values ($1, $2, $3, 'totp', $4, now(), now(), 'JBSWY3DPEHPK3PXP')`,
    [randomUUID(), userId, `phone ${status}`, status],
  );
}

const canary = newCanary();
const credential = credentialFor('openai', canary);
let enrolledId = '';

beforeAll(async () => {
  // Created while the factor is still unverified (aal1 is then enough), then the factor is verified.
  enrolledId = await as('enrolled', 'aal1', (c) =>
    createIntegration(c, 'Clave de producción', 'openai', credential),
  );
  await addFactor(t.users.enrolled, 'verified');
  await addFactor(t.users.pending, 'unverified');
});

async function refusalAtAal1(run: (client: pg.PoolClient) => Promise<unknown>): Promise<void> {
  const error = await sqlError(as('enrolled', 'aal1', run));
  expect(error.code).toBe('28M01');
  expect(error.message).toBe('Second factor required');
  // The refusal names no secret: the canary is nowhere in what the caller sees.
  expect(error.text).not.toContain(canary);
}

describe('a user with a verified factor at aal1', () => {
  it('cannot read the decrypted credential, for use or for a test', async () => {
    await refusalAtAal1((c) => getCredentials(c, enrolledId));
    await refusalAtAal1((c) => getCredentials(c, enrolledId, 'test'));
  });

  it('cannot create, rotate, edit or delete', async () => {
    await refusalAtAal1((c) =>
      createIntegration(c, 'otra', 'openai', credentialFor('openai', newCanary())),
    );
    await refusalAtAal1((c) =>
      rotateCredentials(c, enrolledId, credentialFor('openai', newCanary())),
    );
    await refusalAtAal1((c) => updateIntegration(c, enrolledId, 'renombrada'));
    await refusalAtAal1((c) => deleteIntegration(c, enrolledId));
  });

  it('cannot change the status', async () => {
    await refusalAtAal1((c) => setStatus(c, enrolledId, 'disabled'));
    await refusalAtAal1((c) => restoreStatus(c, enrolledId));
  });

  it('still reads the metadata list, without any secret', async () => {
    const rows = await as('enrolled', 'aal1', async (c) => {
      const result = await c.query<Record<string, unknown>>('select * from public.integrations');
      return result.rows;
    });
    expect(rows.map((row) => row.id)).toEqual([enrolledId]);
    expect(JSON.stringify(rows)).not.toContain(canary);
  });

  it('nothing changed after the refusals', async () => {
    const { rows } = await t.admin.query<{ name: string; status: string }>(
      'select name, status from public.integrations where id = $1',
      [enrolledId],
    );
    expect(rows).toEqual([{ name: 'Clave de producción', status: 'unverified' }]);
  });
});

describe('the same user at aal2', () => {
  it('reads the credential and changes the integration', async () => {
    expect(await as('enrolled', 'aal2', (c) => getCredentials(c, enrolledId))).toBe(credential);
    await as('enrolled', 'aal2', (c) => updateIntegration(c, enrolledId, 'Producción'));
    await as('enrolled', 'aal2', (c) => setStatus(c, enrolledId, 'connected'));
    const created = await as('enrolled', 'aal2', (c) =>
      createIntegration(c, 'segunda', 'openai', credentialFor('openai', newCanary())),
    );
    await as('enrolled', 'aal2', (c) => deleteIntegration(c, created));
  });

  it("cannot reach another user's integration", async () => {
    const plainId = await as('plain', 'aal1', (c) =>
      createIntegration(c, 'ajena', 'openai', credentialFor('openai', newCanary())),
    );
    const error = await sqlError(as('enrolled', 'aal2', (c) => getCredentials(c, plainId)));
    expect(error.code).toBe('P0002');
  });
});

describe('users without a verified factor', () => {
  it('an unverified enrolment changes nothing: aal1 still works', async () => {
    const credential = credentialFor('openai', newCanary());
    const id = await as('pending', 'aal1', (c) =>
      createIntegration(c, 'sin factor', 'openai', credential),
    );
    expect(await as('pending', 'aal1', (c) => getCredentials(c, id))).toBe(credential);
  });

  it('a user with no factor at all works at aal1, and a token without aal counts as aal1', async () => {
    const credential = credentialFor('openai', newCanary());
    const id = await as('plain', 'aal1', (c) =>
      createIntegration(c, 'normal', 'openai', credential),
    );
    const { aal: _aal, ...claimsWithoutAal } = userClaims(t.users.plain);
    const read = await asRole(t.api, 'authenticated', claimsWithoutAal, (c) =>
      getCredentials(c, id),
    );
    expect(read).toBe(credential);
    const enrolledWithoutAal = { ...userClaims(t.users.enrolled) };
    delete enrolledWithoutAal.aal;
    const error = await sqlError(
      asRole(t.api, 'authenticated', enrolledWithoutAal, (c) => getCredentials(c, enrolledId)),
    );
    expect(error.code).toBe('28M01');
  });

  it('the anonymous key still gets nothing', async () => {
    const error = await sqlError(asAnon(t.api, (c) => getCredentials(c, enrolledId)));
    expect(error.code).toBe('42501');
  });
});

describe('the check itself', () => {
  it('cannot be called by the API roles', async () => {
    const error = await sqlError(
      as('enrolled', 'aal2', (c) =>
        c.query('select private.require_second_factor_if_enrolled($1)', [t.users.plain]),
      ),
    );
    expect(error.code).toBe('42501');
  });
});
