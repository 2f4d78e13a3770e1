/**
 * A unique canary in every credential, then every operation (good and bad), then a scan of every
 * table and column in the database: the canary may exist only inside Vault's ciphertext, where it
 * is not readable as text. Error messages and the server log must not contain it either.
 */
import type pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, sqlError } from './support/db.ts';
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

const serverLog: string[] = [];
const canaries: string[] = [];
const errorTexts: string[] = [];

function canary(): string {
  const value = newCanary();
  canaries.push(value);
  return value;
}

const t = useDatabaseSuite({ log: (line) => serverLog.push(line), users: ['user'] });

beforeAll(async () => {
  const user = t.users.user;
  const kept: string[] = [];
  for (const type of integrationTypes) {
    const credential = credentialFor(type, canary());
    const id = await asUser(t.api, user, (c) =>
      createIntegration(c, `${type} kept`, type, credential),
    );
    kept.push(id);
    await asUser(t.api, user, (c) => getCredentials(c, id));
    const rotated = credentialFor(type, canary());
    await asUser(t.api, user, (c) => rotateCredentials(c, id, rotated));
    await asUser(t.api, user, (c) =>
      setStatus(c, id, 'error', `provider said: bad key ${rotated}`),
    );
    await asUser(t.api, user, (c) => updateIntegration(c, id, `${type} renamed`, { note: 'r' }));

    const removed = await asUser(t.api, user, (c) =>
      createIntegration(c, `${type} removed`, type, credentialFor(type, canary())),
    );
    await asUser(t.api, user, (c) => deleteIntegration(c, removed));

    // Failures that carry a canary: wrong shape for the type, config holding the credential,
    // JSON that does not parse (Postgres' own parse error would quote it), a duplicate name.
    const secret = canary();
    const failures: ((c: pg.ClientBase) => Promise<unknown>)[] = [
      (c) => createIntegration(c, `${type} bad`, type, `{"broken": "${secret}`),
      (c) => createIntegration(c, `${type} bad`, type, `not json ${secret}`),
      (c) => createIntegration(c, `${type} RENAMED`, type, credentialFor(type, secret)),
      (c) =>
        createIntegration(c, `${type} cfg`, type, credentialFor(type, secret), { apiKey: secret }),
      (c) => rotateCredentials(c, id, `{"accessKeyId": ${secret}`),
      (c) => rotateCredentials(c, id, `sk-${secret} with spaces`),
    ];
    for (const fail of failures) {
      errorTexts.push((await sqlError(asUser(t.api, user, fail))).text);
    }
  }
});

it('ran the failing operations as failures', () => {
  expect(errorTexts).toHaveLength(integrationTypes.length * 6);
});

it('no error message contains a canary', () => {
  for (const text of errorTexts) {
    for (const value of canaries) expect(text).not.toContain(value);
  }
});

async function scanAllTables(patterns: string[]): Promise<{ tables: string[]; hits: string[] }> {
  const { rows: tables } = await t.admin.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'm')
        and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')`,
  );
  const hits: string[] = [];
  for (const { name } of tables) {
    const { rows } = await t.admin.query<{ row: string }>(
      `select t::text as row from ${name} t where t::text ~ $1`,
      [patterns.join('|')],
    );
    hits.push(...rows.map((row) => `${name}: ${row.row.slice(0, 80)}`));
  }
  return { tables: tables.map((table) => table.name), hits };
}

it('no table or column outside Vault ciphertext contains a canary', async () => {
  const { tables, hits } = await scanAllTables(canaries);
  expect(tables).toEqual(
    expect.arrayContaining([
      'public.integrations',
      'public.integration_events',
      'auth.users',
      'vault.secrets',
      'supabase_migrations.schema_migrations',
    ]),
  );
  // The legacy table is dropped; the provider catalog holds no user data.
  expect(tables.filter((name) => name.startsWith('private.'))).toEqual([
    'private.provider_catalog',
  ]);
  expect(hits).toEqual([]);
  // Sanity: the credentials are really there, decryptable through Vault's view.
  const { rows } = await t.admin.query<{ n: number }>(
    `select count(*)::int as n from vault.decrypted_secrets where decrypted_secret ~ $1`,
    [canaries.join('|')],
  );
  expect(rows[0]!.n).toBe(integrationTypes.length);
});

it('the scan finds a canary that is stored in plain text (control)', async () => {
  const control = newCanary();
  await t.admin.query(
    `update auth.users set raw_user_meta_data = jsonb_build_object('note', $1::text)`,
    [control],
  );
  const { hits } = await scanAllTables([control]);
  expect(hits).toEqual([expect.stringMatching(/^auth\.users: /)]);
});

it('the audit trail and error_message hold only redacted, non-secret details', async () => {
  const { rows } = await t.admin.query<{ error_message: string }>(
    `select error_message from public.integrations order by name`,
  );
  expect(rows).toHaveLength(integrationTypes.length);
  for (const row of rows)
    expect(row.error_message).toMatch(/^provider said: bad key .*\[REDACTED\]/);
});

it('the server log does not contain a canary', () => {
  const log = serverLog.join('\n');
  // The failures were logged (so the log was captured), without their input.
  expect(log).toContain('p_credentials must be');
  for (const value of canaries) expect(log).not.toContain(value);
});
