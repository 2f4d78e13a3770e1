import { describe, expect, it } from 'vitest';
import { PROVIDER_BY_TYPE } from '../../shared/providers/registry.ts';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, createUser } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  deleteIntegration,
  getCredentials,
  integrationTypes,
  newCanary,
  rotateCredentials,
  setStatus,
  updateIntegration,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['user'] });

async function row(id: string) {
  const result = await t.admin.query('select * from public.integrations where id = $1', [id]);
  return result.rows[0] as Record<string, unknown> | undefined;
}

async function events(id: string) {
  const result = await t.admin.query<{ event_type: string; details: Record<string, unknown> }>(
    'select event_type, details, integration_name from public.integration_events where integration_id = $1 order by id',
    [id],
  );
  return result.rows;
}

describe('create_integration_with_vault', () => {
  it.each(integrationTypes)(
    'stores a %s credential in Vault and a hint in the row',
    async (type) => {
      const credential = credentialFor(type, newCanary());
      const id = await asUser(t.api, t.users.user, (c) =>
        createIntegration(c, `  ${type} main  `, type, credential, { region: 'eu-west-1' }),
      );
      const created = await row(id);
      expect(created).toMatchObject({
        user_id: t.users.user,
        name: `${type} main`,
        type,
        status: 'unverified',
        config: { region: 'eu-west-1' },
        credentials_version: 1,
        credentials_migrated: false,
        error_message: null,
      });
      const secret = await t.admin.query<{ decrypted_secret: string; name: string }>(
        'select decrypted_secret, name from vault.decrypted_secrets where id = $1',
        [created!.secret_id],
      );
      expect(secret.rows[0]).toEqual({ decrypted_secret: credential, name: `integration:${id}` });
      const provider = PROVIDER_BY_TYPE[type];
      const bareKey = provider.storedAs === 'bare_key';
      const parsed = bareKey ? null : (JSON.parse(credential) as Record<string, string>);
      // A bare key's hint is its prefix and last 4 characters (provider-catalog.test.ts checks
      // each descriptor's against the database); the JSON credentials' are spelled out here.
      const expectedHint = bareKey
        ? (provider.hint as (c: { apiKey: string }) => string | null)({ apiKey: credential })
        : {
            aws: parsed?.accessKeyId,
            azure: `tenant ${parsed?.tenantId} · client ${parsed?.clientId}`,
            google_cloud: `${parsed?.client_email} · ${parsed?.project_id}`,
          }[type as 'aws' | 'azure' | 'google_cloud'];
      expect(expectedHint).toBeTruthy();
      expect(created!.credential_hint).toBe(expectedHint);
      expect(await events(id)).toEqual([
        expect.objectContaining({
          event_type: 'created',
          details: { type, status: 'unverified', credentials_version: 1, config_keys: ['region'] },
        }),
      ]);
    },
  );

  it('defaults config to an empty object', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'no config', 'openai', credentialFor('openai', newCanary())),
    );
    expect((await row(id))!.config).toEqual({});
  });
});

describe('the other functions', () => {
  it('get_integration_credentials returns the credential, sets last_used_at and audits the read', async () => {
    const credential = credentialFor('aws', newCanary());
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'read me', 'aws', credential),
    );
    expect((await row(id))!.last_used_at).toBeNull();
    expect(await asUser(t.api, t.users.user, (c) => getCredentials(c, id))).toBe(credential);
    expect((await row(id))!.last_used_at).toBeInstanceOf(Date);
    expect((await events(id)).map((e) => e.event_type)).toEqual(['created', 'credentials_read']);
    expect((await events(id))[1]!.details).toEqual({ credentials_version: 1 });
  });

  it("get_integration_credentials with purpose 'test' returns the credential, leaves last_used_at and audits a test read", async () => {
    const credential = credentialFor('openai', newCanary());
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'test me', 'openai', credential),
    );
    expect(await asUser(t.api, t.users.user, (c) => getCredentials(c, id, 'test'))).toBe(
      credential,
    );
    expect((await row(id))!.last_used_at).toBeNull();
    const read = (await events(id)).at(-1)!;
    expect(read.event_type).toBe('credentials_read');
    expect(read.details).toEqual({ credentials_version: 1, purpose: 'test' });
    // An explicit 'use' still counts as use.
    expect(await asUser(t.api, t.users.user, (c) => getCredentials(c, id, 'use'))).toBe(credential);
    expect((await row(id))!.last_used_at).toBeInstanceOf(Date);
  });

  it('get_integration_credentials refuses an unknown purpose before touching anything', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'odd purpose', 'openai', credentialFor('openai', newCanary())),
    );
    for (const purpose of ['peek', null]) {
      await expect(
        asUser(t.api, t.users.user, (c) => getCredentials(c, id, purpose)),
      ).rejects.toMatchObject({ code: '22023' });
    }
    expect((await row(id))!.last_used_at).toBeNull();
    expect((await events(id)).map((e) => e.event_type)).toEqual(['created']);
  });

  it('update_integration_credentials rotates the secret in place and resets the status', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'rotate me', 'openai', credentialFor('openai', newCanary())),
    );
    await asUser(t.api, t.users.user, (c) => setStatus(c, id, 'error', 'quota exceeded'));
    const before = await row(id);
    const next = credentialFor('openai', newCanary());
    await asUser(t.api, t.users.user, (c) => rotateCredentials(c, id, next));
    const after = await row(id);
    expect(after).toMatchObject({
      secret_id: before!.secret_id,
      credentials_version: 2,
      status: 'unverified',
      error_message: null,
      credential_hint: `sk-…${next.slice(-4)}`,
    });
    expect(await asUser(t.api, t.users.user, (c) => getCredentials(c, id))).toBe(next);
    const rotated = (await events(id)).find((e) => e.event_type === 'credentials_updated');
    expect(rotated!.details).toEqual({
      credentials_version: 2,
      old_status: 'error',
      new_status: 'unverified',
    });
  });

  it('update_integration_status records verification and keeps a message only for error', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'status', 'azure', credentialFor('azure', newCanary())),
    );
    await asUser(t.api, t.users.user, (c) => setStatus(c, id, 'verifying'));
    expect(await row(id)).toMatchObject({ status: 'verifying', last_verified_at: null });
    await asUser(t.api, t.users.user, (c) =>
      setStatus(c, id, 'error', '  AADSTS7000215: invalid secret '),
    );
    const failed = await row(id);
    expect(failed).toMatchObject({
      status: 'error',
      error_message: 'AADSTS7000215: invalid secret',
    });
    expect(failed!.last_verified_at).toBeInstanceOf(Date);
    await asUser(t.api, t.users.user, (c) =>
      setStatus(c, id, 'connected', 'ignored when not an error'),
    );
    expect(await row(id)).toMatchObject({ status: 'connected', error_message: null });
    const changes = (await events(id)).filter((e) => e.event_type === 'status_changed');
    expect(changes.map((e) => e.details)).toEqual([
      { old_status: 'unverified', new_status: 'verifying' },
      {
        old_status: 'verifying',
        new_status: 'error',
        error_message: 'AADSTS7000215: invalid secret',
      },
      { old_status: 'error', new_status: 'connected' },
    ]);
  });

  it('update_integration_status redacts the credential from a provider error message', async () => {
    const credential = credentialFor('openai', newCanary());
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'redact', 'openai', credential),
    );
    await asUser(t.api, t.users.user, (c) =>
      setStatus(c, id, 'error', `Incorrect API key provided: ${credential}.`),
    );
    expect((await row(id))!.error_message).toBe('Incorrect API key provided: [REDACTED].');
  });

  it('update_integration renames and replaces the settings not bound to the key, auditing what changed', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'old name', 'aws', credentialFor('aws', newCanary()), { note: 'a' }),
    );
    await asUser(t.api, t.users.user, (c) => updateIntegration(c, id, ' new name ', { note: 'b' }));
    expect(await row(id)).toMatchObject({ name: 'new name', config: { note: 'b' } });
    await asUser(t.api, t.users.user, (c) => updateIntegration(c, id, null, { note: 'c' }));
    expect(await row(id)).toMatchObject({ name: 'new name', config: { note: 'c' } });
    const updates = (await events(id)).filter((e) => e.event_type === 'updated');
    expect(updates.map((e) => e.details)).toEqual([
      { changed: ['name', 'config'], old_name: 'old name', new_name: 'new name' },
      { changed: ['config'] },
    ]);
  });

  it('delete_integration_with_vault removes the row and its Vault secret together', async () => {
    const id = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, 'delete me', 'google_cloud', credentialFor('google_cloud', newCanary())),
    );
    const secretId = (await row(id))!.secret_id;
    await asUser(t.api, t.users.user, (c) => deleteIntegration(c, id));
    expect(await row(id)).toBeUndefined();
    const secret = await t.admin.query('select 1 from vault.secrets where id = $1', [secretId]);
    expect(secret.rowCount).toBe(0);
    const trail = await events(id);
    expect(trail.at(-1)).toMatchObject({
      event_type: 'deleted',
      integration_name: 'delete me',
      details: { type: 'google_cloud', credentials_version: 1 },
    });
  });

  it('lets a user list their integrations and events through the tables (RLS)', async () => {
    const other = await createUser(t.admin);
    await asUser(t.api, other, (c) =>
      createIntegration(c, 'mine', 'openai', credentialFor('openai', newCanary())),
    );
    const listed = await asUser(t.api, other, (c) =>
      c.query('select name from public.integrations order by created_at desc'),
    );
    expect(listed.rows).toEqual([{ name: 'mine' }]);
    const trail = await asUser(t.api, other, (c) =>
      c.query('select event_type from public.integration_events'),
    );
    expect(trail.rows).toEqual([{ event_type: 'created' }]);
  });
});
