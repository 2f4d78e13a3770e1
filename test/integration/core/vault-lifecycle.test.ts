/**
 * The vault client end to end: real supabase-js → the local Supabase API (or a real project) →
 * real Postgres with the migrations and Vault; the session in the real keychain. Every provider
 * type goes through its whole lifecycle, and two users stay apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AZURE_AUTHORITY_HOSTS } from '../../../shared/integration-config.ts';
import type {
  IntegrationEvent,
  ParsedCreateIntegrationInput,
} from '../../../shared/integration.ts';
import { EVENT_COLUMNS, mapEventRow } from '../../../electron/main/vault/row-mapping.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import { parseStoredCredentials } from '../../../shared/stored-credentials.ts';
import {
  canaryCredentials,
  leakedFragments,
  secretFragments,
} from '../../support/core-canaries.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain } from '../../support/core-harness.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import { startSupabaseTarget } from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
let alice: TestUser;
let bob: TestUser;
let aliceCore: Core;
let bobCore: Core;

async function signedInCore(user: TestUser): Promise<Core> {
  const core = await startCore({ target, keychain });
  await core.session.signIn({ email: user.email, password: user.password });
  await core.offline.start();
  expect(core.session.getState()).toMatchObject({ status: 'signed_in', connectivity: 'online' });
  return core;
}

/** The audit trail of one integration as its reader may see it (RLS), newest first. */
async function trailOf(core: Core, id: string, limit = 50): Promise<IntegrationEvent[]> {
  const { data, error } = await core.session.client
    .from('integration_events')
    .select(EVENT_COLUMNS)
    .eq('integration_id', id)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(limit);
  if (error) throw new Error(error.message);
  return data.map(mapEventRow);
}

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  alice = await createTestUser(target, { label: 'core-alice' });
  bob = await createTestUser(target, { label: 'core-bob' });
  aliceCore = await signedInCore(alice);
  bobCore = await signedInCore(bob);
});

afterAll(async () => {
  await aliceCore?.dispose();
  await bobCore?.dispose();
  await deleteTestUsers(target, [alice, bob].filter(Boolean));
  await target?.stop();
});

interface Case {
  type: ProviderType;
  config: Record<string, unknown>;
  expectedConfig: Record<string, unknown>;
  newConfig: Record<string, unknown>;
}

const cases: Case[] = [
  {
    type: 'openai',
    config: {},
    expectedConfig: {},
    // Every OpenAI setting travels with the key: a rename sends them back unchanged.
    newConfig: {},
  },
  {
    type: 'aws',
    config: {},
    expectedConfig: { region: 'us-east-1' },
    // The region picks the STS host: it changes only with the key.
    newConfig: { region: 'us-east-1' },
  },
  {
    type: 'azure',
    config: {},
    expectedConfig: { authorityHost: AZURE_AUTHORITY_HOSTS.public },
    // The cloud decides where the secret goes: it changes only with the secret (see below).
    newConfig: { authorityHost: AZURE_AUTHORITY_HOSTS.public },
  },
  { type: 'google_cloud', config: {}, expectedConfig: {}, newConfig: {} },
];

describe.each(cases)('the $type lifecycle', ({ type, config, expectedConfig, newConfig }) => {
  it('creates, lists, reads, edits, rotates, tracks status, disables, enables, audits and deletes', async () => {
    const vault = aliceCore.vault;
    const returned: unknown[] = [];
    const keep = <T>(value: T): T => (returned.push(value), value);
    const first = canaryCredentials(type);
    const second = canaryCredentials(type);
    const name = `${type} ${Date.now()}`;

    const created = keep(
      await vault.create({
        type,
        name,
        credentials: first,
        config,
        verify: false,
      } as ParsedCreateIntegrationInput),
    );
    expect(created).toMatchObject({
      name,
      type,
      status: 'unverified',
      config: expectedConfig,
      credentialsVersion: 1,
      credentialsMigrated: false,
      errorMessage: null,
    });
    expect(created.credentialHint).toBeTruthy();

    expect(keep(await vault.list()).map((i) => i.id)).toContain(created.id);
    expect(keep(await vault.get(created.id))).toEqual(created);

    const renamed = keep(
      await vault.update({ id: created.id, name: `${name} (renamed)`, config: newConfig }),
    );
    expect(renamed).toMatchObject({
      name: `${name} (renamed)`,
      config: { ...expectedConfig, ...newConfig },
    });

    const rotated = keep(await vault.rotateCredentials(created.id, type, second));
    expect(rotated).toMatchObject({ credentialsVersion: 2, status: 'unverified' });

    const seen = await vault.useCredentials(created.id, async (integration, text) => {
      expect(integration.id).toBe(created.id);
      expect(parseStoredCredentials(type, text as string)).toEqual(second);
      return Promise.resolve('used');
    });
    expect(seen).toBe('used');
    // useCredentials is the connection test's read: it is not "use" (issue #14 §3).
    expect(keep(await vault.get(created.id)).lastUsedAt).toBeNull();

    await vault.setStatus(created.id, 'connected');
    const connected = keep(await vault.get(created.id));
    expect(connected).toMatchObject({ status: 'connected', errorMessage: null });
    expect(connected.lastVerifiedAt).not.toBeNull();

    await vault.setStatus(created.id, 'error', 'provider_refused');
    expect(keep(await vault.get(created.id))).toMatchObject({
      status: 'error',
      errorCode: 'provider_refused',
      errorMessage: 'The connection test failed (provider_refused).',
    });

    expect(keep(await vault.setEnabled(created.id, false)).status).toBe('disabled');
    expect(keep(await vault.setEnabled(created.id, true)).status).toBe('unverified');

    const events = keep(await trailOf(aliceCore, created.id));
    expect(events.map((e) => e.eventType)).toEqual([
      'status_changed',
      'status_changed',
      'status_changed',
      'status_changed',
      'credentials_read',
      'credentials_updated',
      'updated',
      'created',
    ]);
    const times = events.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(keep(await trailOf(aliceCore, created.id, 2))).toHaveLength(2);

    await vault.delete(created.id);
    await expect(vault.get(created.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(keep(await vault.list()).map((i) => i.id)).not.toContain(created.id);

    const fragments = [...secretFragments(type, first), ...secretFragments(type, second)];
    expect(leakedFragments(JSON.stringify(returned), fragments)).toEqual([]);
    expect(leakedFragments(aliceCore.logs.text(), fragments)).toEqual([]);
  });
});

describe('settings that travel with a key', () => {
  it('change only together with the key: a settings edit is refused, a rotation carries them', async () => {
    const vault = aliceCore.vault;
    const created = await vault.create({
      type: 'openai',
      name: `endpoint ${Date.now()}`,
      credentials: canaryCredentials('openai'),
      config: { baseUrl: 'https://api.example.com/v1', organization: 'org-abcdEFGH1234' },
      verify: false,
    });
    await expect(
      vault.update({ id: created.id, config: { baseUrl: 'https://attacker.example/v1' } }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'config.baseUrl' });
    await expect(
      vault.update({ id: created.id, config: { organization: 'org-abcdEFGH1234' } }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'config.baseUrl' });
    expect((await vault.get(created.id)).config).toEqual(created.config);

    // The organization travels with the key too (OpenAI quotes it back): no change on its own.
    await expect(
      vault.update({
        id: created.id,
        config: { baseUrl: 'https://api.example.com/v1', organization: 'org-zyxwVUTS9876' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      reason: 'bound_setting_change',
      field: 'config.organization',
    });
    // The same settings sent back (a rename) are accepted.
    const renamed = await vault.update({
      id: created.id,
      name: `renamed ${Date.now()}`,
      config: created.config,
    });
    expect(renamed.config).toEqual(created.config);

    const rotated = await vault.rotateCredentials(
      created.id,
      'openai',
      canaryCredentials('openai'),
      { baseUrl: 'https://gateway.example.com/v1' },
    );
    expect(rotated).toMatchObject({
      credentialsVersion: 2,
      config: { baseUrl: 'https://gateway.example.com/v1' },
    });
    await vault.delete(created.id);
  });

  it('an Azure cloud outside Microsoft’s three is refused', async () => {
    await expect(
      aliceCore.vault.create({
        type: 'azure',
        name: `azure cloud ${Date.now()}`,
        credentials: canaryCredentials('azure'),
        config: { authorityHost: 'https://login.attacker.example' },
        verify: false,
      } as never),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'config.authorityHost' });
  });
});

describe('two users', () => {
  it("are kept apart: one user's integrations do not exist for the other", async () => {
    const mine = await aliceCore.vault.create({
      type: 'openai',
      name: `private ${Date.now()}`,
      credentials: canaryCredentials('openai'),
      config: {},
      verify: false,
    });
    const bobVault = bobCore.vault;
    expect((await bobVault.list()).map((i) => i.id)).not.toContain(mine.id);
    await expect(bobVault.get(mine.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(bobVault.update({ id: mine.id, name: 'taken over' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      bobVault.rotateCredentials(mine.id, 'openai', canaryCredentials('openai')),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(bobVault.setStatus(mine.id, 'connected')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(bobVault.delete(mine.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(bobVault.useCredentials(mine.id, () => Promise.resolve(1))).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await trailOf(bobCore, mine.id)).toEqual([]);
    // Still there, unchanged, for its owner.
    expect(await aliceCore.vault.get(mine.id)).toEqual(mine);
    await aliceCore.vault.delete(mine.id);
  });

  it('may use the same integration name each', async () => {
    const name = `shared name ${Date.now()}`;
    const input = { type: 'openai' as const, name, config: {}, verify: false };
    const a = await aliceCore.vault.create({ ...input, credentials: canaryCredentials('openai') });
    const b = await bobCore.vault.create({ ...input, credentials: canaryCredentials('openai') });
    expect(a.name).toBe(b.name);
    await aliceCore.vault.delete(a.id);
    await bobCore.vault.delete(b.id);
  });
});
