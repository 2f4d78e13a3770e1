import { describe, expect, it } from 'vitest';
import { BOUND_CONFIG_KEYS } from '../../shared/integration-config.ts';
import { PROVIDER_TYPES } from '../../shared/providers.ts';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, sqlError } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  newCanary,
  setStatus,
  updateIntegration,
} from './support/integrations.ts';

/*
 * Issue #9: settings sent to a provider with a key change only together with it, in the database
 * too (migration 20261204000300), so a client holding the user's token cannot do what the app
 * refuses. And issue #10: a failed test is stored as a code (migration 20261204000100).
 */

const t = useDatabaseSuite({ users: ['user'] });

async function row(id: string) {
  const result = await t.admin.query('select * from public.integrations where id = $1', [id]);
  return result.rows[0] as Record<string, unknown>;
}

describe('settings bound to the credential', () => {
  it('are the same list in the database as in shared/', async () => {
    for (const type of PROVIDER_TYPES) {
      const result = await t.admin.query<{ keys: string[] }>(
        'select private.bound_config_keys($1) as keys',
        [type],
      );
      expect(result.rows[0]!.keys, type).toEqual([...BOUND_CONFIG_KEYS[type]]);
    }
  });

  it.each([
    ['organization', { baseUrl: 'https://api.example.com/v1', organization: 'org-Probe12345678' }],
    ['project', { baseUrl: 'https://api.example.com/v1', project: 'proj_Probe12345678' }],
    ['baseUrl', { baseUrl: 'https://attacker.example/v1' }],
  ])('cannot change an OpenAI %s with update_integration', async (key, config) => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, `openai ${key}`, 'openai', credentialFor('openai', newCanary()), {
        baseUrl: 'https://api.example.com/v1',
      }),
    );
    const error = await sqlError(
      asUser(t.api, t.users.user, (c) => updateIntegration(c, id, null, config)),
    );
    expect(error.code).toBe('22023');
    expect(error.message).toBe(
      `p_config.${key} can only change together with the credentials (rotate them)`,
    );
    expect((await row(id)).config).toEqual({ baseUrl: 'https://api.example.com/v1' });
  });

  it('cannot move AWS or Azure credentials to another region or cloud, but a rename works', async () => {
    const aws = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'aws bound', 'aws', credentialFor('aws', newCanary()), {
        region: 'us-east-1',
      }),
    );
    const error = await sqlError(
      asUser(t.api, t.users.user, (c) => updateIntegration(c, aws, null, { region: 'eu-west-1' })),
    );
    expect(error.message).toMatch(/^p_config\.region can only change/);
    // The same settings sent back (what the app does on a rename) are accepted.
    await asUser(t.api, t.users.user, (c) =>
      updateIntegration(c, aws, 'aws renamed', { region: 'us-east-1' }),
    );
    expect((await row(aws)).name).toBe('aws renamed');
  });

  it('change with new credentials in one call, audited with the keys that changed', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'openai rotate', 'openai', credentialFor('openai', newCanary()), {}),
    );
    const credential = credentialFor('openai', newCanary());
    await asUser(t.api, t.users.user, (c) =>
      c.query('select public.update_integration_credentials($1, $2, $3::jsonb)', [
        id,
        credential,
        JSON.stringify({ baseUrl: 'https://gateway.example/v1', organization: 'org-New12345678' }),
      ]),
    );
    const rotated = await row(id);
    expect(rotated.config).toEqual({
      baseUrl: 'https://gateway.example/v1',
      organization: 'org-New12345678',
    });
    expect(rotated.credentials_version).toBe(2);
    const events = await t.admin.query<{ details: Record<string, unknown> }>(
      `select details from public.integration_events
        where integration_id = $1 and event_type = 'credentials_updated'`,
      [id],
    );
    expect(events.rows[0]!.details.config_keys).toEqual(['baseUrl', 'organization']);
  });

  it('refuses new settings that contain the new credential', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'openai leak', 'openai', credentialFor('openai', newCanary()), {}),
    );
    const credential = credentialFor('openai', newCanary());
    const error = await sqlError(
      asUser(t.api, t.users.user, (c) =>
        c.query('select public.update_integration_credentials($1, $2, $3::jsonb)', [
          id,
          credential,
          JSON.stringify({ organization: credential }),
        ]),
      ),
    );
    expect(error.message).toBe('p_config must not contain the credentials');
    expect((await row(id)).credentials_version).toBe(1);
  });
});

describe('error codes', () => {
  it('are stored with an error, cleared by any other status, and audited', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'coded', 'aws', credentialFor('aws', newCanary()), {}),
    );
    await asUser(t.api, t.users.user, (c) =>
      c.query('select public.update_integration_status($1, $2, $3, $4)', [
        id,
        'error',
        'The connection test failed (secret_mismatch).',
        'secret_mismatch',
      ]),
    );
    expect(await row(id)).toMatchObject({
      status: 'error',
      error_code: 'secret_mismatch',
      error_message: 'The connection test failed (secret_mismatch).',
    });
    await asUser(t.api, t.users.user, (c) => setStatus(c, id, 'connected'));
    expect(await row(id)).toMatchObject({ status: 'connected', error_code: null });
    const events = await t.admin.query<{ details: Record<string, unknown> }>(
      `select details from public.integration_events
        where integration_id = $1 and event_type = 'status_changed' order by id`,
      [id],
    );
    expect(events.rows[0]!.details.error_code).toBe('secret_mismatch');
  });

  it('refuse anything that is not a short lower-case code', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'bad code', 'aws', credentialFor('aws', newCanary()), {}),
    );
    for (const code of ['Secret Mismatch', 'x'.repeat(65), 'sk-proj-123', '']) {
      const error = await sqlError(
        asUser(t.api, t.users.user, (c) =>
          c.query('select public.update_integration_status($1, $2, null, $3)', [id, 'error', code]),
        ),
      );
      expect(error.code, code).toBe('22023');
    }
  });

  it('come back with the status when a cancelled test is restored', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'restored code', 'aws', credentialFor('aws', newCanary()), {}),
    );
    await asUser(t.api, t.users.user, async (c) => {
      await c.query('select public.update_integration_status($1, $2, $3, $4)', [
        id,
        'error',
        'The connection test failed (clock_skew).',
        'clock_skew',
      ]);
      await setStatus(c, id, 'verifying');
      await c.query('select public.restore_integration_status($1)', [id]);
    });
    expect(await row(id)).toMatchObject({ status: 'error', error_code: 'clock_skew' });
  });
});
