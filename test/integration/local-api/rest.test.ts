/**
 * PostgREST's protocol over the real migrations, through the real supabase-js client: function
 * calls, table reads under row-level security, PostgREST's error mapping, the gateway's API-key
 * check, JWT refusal, and a canary credential that must only ever come back to its owner.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedResponse, TestClient } from '../../support/supabase-clients.ts';
import {
  createTestClient,
  recordingFetch,
  serviceRoleClient,
  signedInClient,
} from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

const remote = remoteTargetConfigured();
let target: SupabaseTarget;
let alice: TestUser;
let bob: TestUser;
let aliceClient: TestClient;
let bobClient: TestClient;
/** Every response Alice's client received, checked for canaries. */
let aliceResponses: RecordedResponse[] = [];

/** An OpenAI-shaped key no real system has seen, so finding it anywhere proves a leak. */
function canaryKey(): string {
  return `sk-canary-${randomBytes(24).toString('hex')}`;
}

async function createIntegration(client: TestClient, name: string, type = 'openai') {
  const { data, error } = await client.rpc('create_integration_with_vault', {
    p_name: name,
    p_type: type,
    p_credentials: canaryKey(),
    p_config: { organization: 'org-test' },
  });
  if (error) throw new Error(`create failed: ${error.message}`);
  return data as string;
}

beforeAll(async () => {
  target = await startSupabaseTarget();
  alice = await createTestUser(target, { label: 'alice' });
  bob = await createTestUser(target, { label: 'bob' });
  const recorder = recordingFetch();
  aliceClient = await signedInClient(target, alice, { fetch: recorder.fetch });
  aliceResponses = recorder.responses;
  bobClient = await signedInClient(target, bob);
});

afterAll(async () => {
  await deleteTestUsers(target, [alice, bob].filter(Boolean));
  await target.stop();
});

describe('rpc', () => {
  it('returns a scalar function result as a bare JSON value', async () => {
    const { data, error, status } = await aliceClient.rpc('create_integration_with_vault', {
      p_name: 'Scalar',
      p_type: 'openai',
      p_credentials: canaryKey(),
    });
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toMatch(/^[0-9a-f-]{36}$/);
    const raw = aliceResponses.at(-1)!;
    expect(raw.body).toBe(JSON.stringify(data));
    expect(raw.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers a void function with 204 and no body', async () => {
    const id = await createIntegration(aliceClient, 'Void');
    const { data, error, status } = await aliceClient.rpc('update_integration_status', {
      p_integration_id: id,
      p_status: 'connected',
    });
    expect(error).toBeNull();
    expect(status).toBe(204);
    expect(data).toBeNull();
    expect(aliceResponses.at(-1)!.body).toBe('');
  });

  it('answers an unknown function with 404 PGRST202 and a hint', async () => {
    const { error, status } = await aliceClient.rpc('create_integration_with_vaul', {
      p_name: 'x',
    });
    expect(status).toBe(404);
    expect(error).toMatchObject({
      code: 'PGRST202',
      message:
        'Could not find the function public.create_integration_with_vaul(p_name) in the schema cache',
      hint: 'Perhaps you meant to call the function public.create_integration_with_vault',
    });
  });

  it('resolves GET calls from query arguments, with the GET wording of PostgREST', async () => {
    const { error, status } = await aliceClient.rpc('no_such_function', { a: 1 }, { get: true });
    expect(status).toBe(404);
    expect(error?.details).toBe(
      'Searched for the function public.no_such_function with parameter a, but no matches were found in the schema cache.',
    );
  });

  it('answers arguments that match no overload with PGRST202', async () => {
    const { error, status } = await aliceClient.rpc('update_integration', { p_nope: 1 });
    expect(status).toBe(404);
    expect(error?.code).toBe('PGRST202');
    expect(error?.details).toContain('with parameter p_nope');
  });

  it('runs GET calls read-only, as PostgREST (volatile function → 25006 → 405)', async () => {
    const id = await createIntegration(aliceClient, 'Read only');
    const { error, status } = await aliceClient.rpc(
      'get_integration_credentials',
      { p_integration_id: id },
      { get: true },
    );
    expect(status).toBe(405);
    expect(error?.code).toBe('25006');
  });
});

describe('error mapping', () => {
  it('maps 22023 to 400, P0002 to 500 and 23505 to 409', async () => {
    const bad = await aliceClient.rpc('create_integration_with_vault', {
      p_name: 'Bad type',
      p_type: 'nope',
      p_credentials: canaryKey(),
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.code).toBe('22023');

    const missing = await aliceClient.rpc('update_integration_status', {
      p_integration_id: '00000000-0000-4000-8000-000000000000',
      p_status: 'connected',
    });
    expect(missing.status).toBe(500);
    expect(missing.error).toMatchObject({ code: 'P0002', message: 'Integration not found' });

    await createIntegration(aliceClient, 'Twice');
    const duplicate = await aliceClient.rpc('create_integration_with_vault', {
      p_name: 'twice',
      p_type: 'openai',
      p_credentials: canaryKey(),
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.error?.code).toBe('23505');
  });

  it('maps 42501 to 401 with WWW-Authenticate for anon, 403 with a JWT', async () => {
    const recorder = recordingFetch();
    const anon = createTestClient(target, { fetch: recorder.fetch });
    const asAnon = await anon.rpc('create_integration_with_vault', {
      p_name: 'Anon',
      p_type: 'openai',
      p_credentials: canaryKey(),
    });
    expect(asAnon.status).toBe(401);
    expect(asAnon.error?.code).toBe('42501');
    expect(recorder.responses[0]!.headers['www-authenticate']).toBe('Bearer');

    // The service_role key is a JWT without a user: the function itself raises 42501.
    const service = await serviceRoleClient(target).rpc('create_integration_with_vault', {
      p_name: 'Service',
      p_type: 'openai',
      p_credentials: canaryKey(),
    });
    expect(service.status).toBe(403);
    expect(service.error).toMatchObject({ code: '42501', message: 'User must be authenticated' });
  });

  it('refuses schemas other than public with PGRST106', async () => {
    const { error, status } = await aliceClient.schema('private').from('integrations').select('id');
    expect(status).toBe(406);
    expect(error?.code).toBe('PGRST106');
  });
});

describe('table reads under row-level security', () => {
  let aliceIds: [string, string, string];

  beforeAll(async () => {
    aliceIds = [
      await createIntegration(aliceClient, 'RLS Alpha', 'openai'),
      await createIntegration(aliceClient, 'RLS Beta', 'openai'),
      await createIntegration(aliceClient, 'RLS Gamma', 'openai'),
    ];
    await createIntegration(bobClient, 'RLS Bob', 'openai');
  });

  it('shows each user only their own rows', async () => {
    const mine = await aliceClient.from('integrations').select('id, user_id, name');
    expect(mine.error).toBeNull();
    expect(mine.data!.every((row) => row.user_id === alice.id)).toBe(true);
    expect(mine.data!.map((row) => row.id)).toEqual(expect.arrayContaining(aliceIds));

    const theirs = await bobClient.from('integrations').select('id').in('id', aliceIds);
    expect(theirs.error).toBeNull();
    expect(theirs.data).toEqual([]);
  });

  it('filters, orders, pages and counts like PostgREST', async () => {
    const { data, error, count, status } = await aliceClient
      .from('integrations')
      .select('name, status', { count: 'exact' })
      .like('name', 'RLS *')
      .neq('name', 'RLS Beta')
      .order('name', { ascending: false })
      .range(0, 0);
    expect(error).toBeNull();
    expect(status).toBe(206);
    expect(count).toBe(2);
    expect(data).toEqual([{ name: 'RLS Gamma', status: 'unverified' }]);

    const inList = await aliceClient
      .from('integrations')
      .select('name')
      .in('name', ['RLS Alpha', 'RLS Gamma'])
      .is('error_message', null)
      .gte('created_at', '2000-01-01')
      .order('name');
    expect(inList.data).toEqual([{ name: 'RLS Alpha' }, { name: 'RLS Gamma' }]);

    const aliased = await aliceClient
      .from('integrations')
      .select('label:name, kind:type')
      .eq('name', 'RLS Beta');
    expect(aliased.data).toEqual([{ label: 'RLS Beta', kind: 'openai' }]);
  });

  it('returns one object for .single(), 406 PGRST116 otherwise', async () => {
    const one = await aliceClient
      .from('integrations')
      .select('id, name')
      .eq('id', aliceIds[0])
      .single();
    expect(one.error).toBeNull();
    expect(one.data).toEqual({ id: aliceIds[0], name: 'RLS Alpha' });

    const none = await bobClient.from('integrations').select('id').eq('id', aliceIds[0]).single();
    expect(none.status).toBe(406);
    expect(none.error).toMatchObject({ code: 'PGRST116', details: 'The result contains 0 rows' });
  });

  it('refuses unknown columns and tables, and anonymous reads', async () => {
    const column = await aliceClient.from('integrations').select('id, nope');
    expect(column.status).toBe(400);
    expect(column.error?.code).toBe('42703');

    const table = await aliceClient.from('integration').select('id');
    expect(table.status).toBe(404);
    expect(table.error).toMatchObject({
      code: 'PGRST205',
      hint: "Perhaps you meant the table 'public.integrations'",
    });

    const anon = await createTestClient(target).from('integrations').select('id');
    expect(anon.status).toBe(401);
    expect(anon.error?.code).toBe('42501');
  });

  it('lets the owner read the audit trail', async () => {
    const { data, error } = await aliceClient
      .from('integration_events')
      .select('integration_id, event_type')
      .eq('integration_id', aliceIds[0])
      .order('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ integration_id: aliceIds[0], event_type: 'created' }]);
    const other = await bobClient.from('integration_events').select('id').eq('user_id', alice.id);
    expect(other.data).toEqual([]);
  });
});

describe('the gateway and JWTs', () => {
  it('refuses /rest/v1 calls without a valid apikey', async () => {
    const missing = await fetch(`${target.url}/rest/v1/integrations?select=id`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      message: 'No API key found in request',
      hint: 'No `apikey` request header or url param was found.',
    });
    const invalid = await fetch(`${target.url}/rest/v1/rpc/whatever`, {
      method: 'POST',
      headers: { apikey: 'nope', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(invalid.status).toBe(401);
    expect(((await invalid.json()) as { message: string }).message).toBe('Invalid API key');
  });

  it('refuses a token signed with another secret with PGRST301', async () => {
    const forged = await new SignJWT({ role: 'service_role' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(randomBytes(32));
    const response = await fetch(`${target.url}/rest/v1/integrations?select=id`, {
      headers: { apikey: target.publishableKey, authorization: `Bearer ${forged}` },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('PGRST301');
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  it.skipIf(remote)(
    'refuses an expired token with PGRST303 "JWT expired" [local stack only]',
    async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = await new SignJWT({ sub: alice.id, role: 'authenticated' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(now - 3700)
        .setExpirationTime(now - 100)
        .sign(new TextEncoder().encode(localStackOf(target).jwtSecret));
      const response = await fetch(`${target.url}/rest/v1/rpc/get_integration_credentials`, {
        method: 'POST',
        headers: {
          apikey: target.publishableKey,
          authorization: `Bearer ${expired}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ p_integration_id: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe(
        'Bearer error="invalid_token", error_description="JWT expired"',
      );
      expect(await response.json()).toEqual({
        code: 'PGRST303',
        message: 'JWT expired',
        details: null,
        hint: null,
      });
    },
  );
});

describe('canary credentials', () => {
  it('come back only from get_integration_credentials, to their owner', async () => {
    const canary = canaryKey();
    const before = aliceResponses.length;
    const created = await aliceClient.rpc('create_integration_with_vault', {
      p_name: 'Canary',
      p_type: 'openai',
      p_credentials: canary,
    });
    const id = created.data as string;
    // Failures that receive the canary: a duplicate name, a type the key does not fit.
    await aliceClient.rpc('create_integration_with_vault', {
      p_name: 'Canary',
      p_type: 'openai',
      p_credentials: canary,
    });
    await aliceClient.rpc('create_integration_with_vault', {
      p_name: 'Canary aws',
      p_type: 'aws',
      p_credentials: canary,
    });
    const rotated = canaryKey();
    await aliceClient.rpc('update_integration_credentials', {
      p_integration_id: id,
      p_credentials: rotated,
    });
    await aliceClient.rpc('update_integration_credentials', {
      p_integration_id: id,
      p_credentials: `not-a-key-${rotated}`,
    });
    await aliceClient.from('integrations').select('*');
    await aliceClient.from('integration_events').select('*');

    const bobRead = await bobClient.rpc('get_integration_credentials', { p_integration_id: id });
    expect(bobRead.error?.code).toBe('P0002');
    expect(JSON.stringify(bobRead)).not.toContain(rotated);

    const read = await aliceClient.rpc('get_integration_credentials', { p_integration_id: id });
    expect(read.data).toBe(rotated);

    const responses = aliceResponses.slice(before);
    const readResponse = responses.at(-1)!;
    expect(readResponse.body).toBe(JSON.stringify(rotated));
    for (const response of responses.slice(0, -1)) {
      expect(response.body).not.toContain(canary);
      expect(response.body).not.toContain(rotated);
      expect(JSON.stringify(response.headers)).not.toContain(rotated);
    }
  });
});
