/**
 * Upgrading a project that has the older integrations table with plaintext credentials: every
 * credential moves into Vault unchanged, names are normalized deterministically, the plaintext is
 * gone from every table, and rows that cannot be migrated stop the upgrade with the old table
 * untouched (see the header of 20261126000600_migrate_legacy_credentials.sql).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LocalDatabaseUrls } from '../../supabase/local/database.ts';
import { applyMigrations, withClient } from '../../supabase/local/database-setup.ts';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, startTestDatabase } from './support/db.ts';
import { credentialFor, getCredentials, newCanary } from './support/integrations.ts';

/** The legacy schema, created as the migration role created it back then. */
const LEGACY_TABLE = `
  create table public.integrations (
    id uuid primary key default gen_random_uuid(),
    user_id uuid references auth.users (id) on delete cascade,
    name text,
    type text,
    credentials text,
    created_at timestamptz default now(),
    updated_at timestamptz default now()
  );
  alter table public.integrations enable row level security;
  create policy "Users manage their integrations" on public.integrations
    for all to authenticated using (user_id = auth.uid());`;

interface LegacyRow {
  id: string;
  user: 'alice' | 'bob';
  name: string | null;
  type: string | null;
  credentials: string | null;
  created: string;
}

const users = { alice: randomUUID(), bob: randomUUID() };

async function seedLegacy(urls: LocalDatabaseUrls, rows: LegacyRow[]): Promise<void> {
  await withClient(urls.adminUrl, async (admin) => {
    for (const [name, id] of Object.entries(users)) {
      await admin.query(`insert into auth.users (id, email) values ($1, $2)`, [
        id,
        `${name}@x.test`,
      ]);
    }
  });
  await withClient(urls.postgresUrl, async (postgres) => {
    await postgres.query(LEGACY_TABLE);
    for (const row of rows) {
      await postgres.query(
        `insert into public.integrations (id, user_id, name, type, credentials, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $6)`,
        [row.id, users[row.user], row.name, row.type, row.credentials, row.created],
      );
    }
  });
}

const canary = newCanary();
const openaiKey = `sk-proj-${canary}0001`;
const wrappedKey = JSON.stringify({ apiKey: `sk-${canary}0002wrapped` });
const awsSnake = JSON.stringify({
  access_key_id: 'AKIALEGACY0000000001',
  secret_access_key: `${canary}aws`,
});
const azure = JSON.stringify({
  tenantId: 'contoso.onmicrosoft.com',
  clientId: '11111111-2222-3333-4444-555555555555',
  clientSecret: `${canary}azure`,
});
const google = credentialFor('google_cloud', canary);
const brokenAws = `{"accessKeyId": "AKIABROKEN", "secretAccessKey": "${canary}broken"`;
const longName = `${'L'.repeat(120)}`;

const legacyRows: LegacyRow[] = [
  {
    id: randomUUID(),
    user: 'alice',
    name: '  My OpenAI\t',
    type: 'openai',
    credentials: openaiKey,
    created: '2024-01-01',
  },
  {
    id: randomUUID(),
    user: 'alice',
    name: 'Prod',
    type: 'AWS',
    credentials: awsSnake,
    created: '2024-01-02',
  },
  {
    id: randomUUID(),
    user: 'alice',
    name: 'prod ',
    type: 'azure',
    credentials: azure,
    created: '2024-01-03',
  },
  {
    id: randomUUID(),
    user: 'alice',
    name: 'Prod (2)',
    type: 'gcp',
    credentials: google,
    created: '2024-01-04',
  },
  {
    id: randomUUID(),
    user: 'alice',
    name: longName,
    type: 'Google',
    credentials: google,
    created: '2024-01-05',
  },
  {
    id: randomUUID(),
    user: 'alice',
    name: `${longName}x`,
    type: 'open_ai',
    credentials: wrappedKey,
    created: '2024-01-06',
  },
  {
    id: randomUUID(),
    user: 'alice',
    name: '   ',
    type: 'amazon',
    credentials: brokenAws,
    created: '2024-01-07',
  },
  {
    id: randomUUID(),
    user: 'bob',
    name: 'Prod',
    type: 'openai',
    credentials: `  ${openaiKey}\n`,
    created: '2024-01-08',
  },
];

describe('upgrading a project with legacy plaintext rows', () => {
  const t = useDatabaseSuite({ beforeMigrations: (urls) => seedLegacy(urls, legacyRows) });
  const byId = new Map(legacyRows.map((row) => [row.id, row]));

  async function migrated() {
    const { rows } = await t.admin.query<Record<string, unknown> & { id: string }>(
      `select i.*, s.decrypted_secret from public.integrations i
         left join vault.decrypted_secrets s on s.id = i.secret_id order by i.created_at, i.id`,
    );
    return rows;
  }

  it('moves every row, keeping ids and timestamps, each credential unchanged into Vault', async () => {
    const rows = await migrated();
    expect(rows).toHaveLength(legacyRows.length);
    for (const row of rows) {
      const legacy = byId.get(row.id)!;
      expect(row.user_id).toBe(users[legacy.user]);
      expect(row.decrypted_secret).toBe(legacy.credentials);
      expect(row.credentials_migrated).toBe(true);
      expect(row.credentials_version).toBe(1);
      expect((row.created_at as Date).toISOString().slice(0, 10)).toBe(legacy.created);
    }
  });

  it('maps type aliases and normalizes names deterministically', async () => {
    const rows = await migrated();
    const summary = rows.map((row) => [byId.get(row.id)!.user, row.type, row.name]);
    expect(summary).toEqual([
      ['alice', 'openai', 'My OpenAI'],
      ['alice', 'aws', 'Prod'],
      ['alice', 'azure', 'prod (3)'], // "(2)" is taken by a row that already had that name
      ['alice', 'google_cloud', 'Prod (2)'],
      ['alice', 'google_cloud', 'L'.repeat(100)],
      ['alice', 'openai', `${'L'.repeat(96)} (2)`],
      ['alice', 'aws', 'AWS'], // a blank name becomes the provider's name
      ['bob', 'openai', 'Prod'], // another user's "Prod" is no duplicate
    ]);
  });

  it('derives hints, tolerating snake_case fields and a JSON-wrapped key', async () => {
    const hints = (await migrated()).map((row) => row.credential_hint);
    expect(hints).toEqual([
      `sk-…${openaiKey.slice(-4)}`,
      'AKIALEGACY0000000001',
      'tenant contoso.onmicrosoft.com · client 11111111-2222-3333-4444-555555555555',
      'tester@aterges-test.iam.gserviceaccount.com · aterges-test',
      'tester@aterges-test.iam.gserviceaccount.com · aterges-test',
      'sk-…pped',
      null,
      `sk-…${openaiKey.slice(-4)}`,
    ]);
  });

  it('imports a credential in an unexpected format with status error, asking for an update', async () => {
    const rows = await migrated();
    const broken = rows.find((row) => row.decrypted_secret === brokenAws)!;
    expect(broken.status).toBe('error');
    expect(broken.error_message).toBe(
      'The credentials moved from the old table are not in the expected aws format (they must be a JSON object for type aws). Update them.',
    );
    const others = rows.filter((row) => row !== broken);
    expect(new Set(others.map((row) => row.status))).toEqual(new Set(['unverified']));
  });

  it('drops the plaintext: no legacy table or column is left, and no table holds a credential', async () => {
    const { rows } = await t.admin.query(
      `select table_schema, table_name, column_name from information_schema.columns
        where column_name = 'credentials' or table_name like '%legacy%'`,
    );
    expect(rows).toEqual([]);
    const { rows: tables } = await t.admin.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')`,
    );
    for (const { name } of tables) {
      const hits = await t.admin.query(`select 1 from ${name} t where t::text like $1`, [
        `%${canary}%`,
      ]);
      expect({ table: name, hits: hits.rowCount }).toEqual({ table: name, hits: 0 });
    }
  });

  it('records a created event per moved row', async () => {
    const { rows } = await t.admin.query<{ details: Record<string, unknown> }>(
      `select details from public.integration_events where event_type = 'created' order by id`,
    );
    expect(rows).toHaveLength(legacyRows.length);
    expect(rows.every((row) => row.details.source === 'legacy_plaintext')).toBe(true);
    const aliases = rows.map((row) => row.details.type_from as string | undefined).filter(Boolean);
    expect(aliases.sort()).toEqual(['AWS', 'Google', 'amazon', 'gcp', 'open_ai'].sort());
  });

  it('serves migrated credentials through the functions to their owner', async () => {
    const first = legacyRows[0]!;
    const secret = await asUser(t.api, users.alice, (c) => getCredentials(c, first.id));
    expect(secret).toBe(openaiKey);
  });
});

describe('legacy rows that cannot be migrated', () => {
  it.each([
    ['an unknown type', { type: 'dropbox', credentials: 'x' }, /unknown type 'dropbox'/],
    ['a NULL credential', { type: 'openai', credentials: null }, /\(no credentials\)/],
    ['a blank credential', { type: 'openai', credentials: '  ' }, /\(no credentials\)/],
  ])(
    '%s stops the upgrade, names the row, and leaves the old table as it was',
    async (_name, bad, message) => {
      const badRow: LegacyRow = {
        id: randomUUID(),
        user: 'alice',
        name: 'bad',
        created: '2024-02-01',
        ...bad,
      };
      const good: LegacyRow = {
        id: randomUUID(),
        user: 'alice',
        name: 'good',
        type: 'openai',
        credentials: openaiKey,
        created: '2024-02-02',
      };
      const t = await startTestDatabase({
        skipMigrations: true,
        beforeMigrations: (urls) => seedLegacy(urls, [badRow, good]),
      });
      try {
        const failure = withClient(t.db.postgresUrl, (c) => applyMigrations(c));
        await expect(failure).rejects.toThrow(message);
        await expect(failure).rejects.toThrow(badRow.id);
        await expect(failure).rejects.not.toThrow(canary);
        const { rows } = await t.admin.query(
          'select id, credentials from public.integrations order by created_at',
        );
        expect(rows).toEqual([
          { id: badRow.id, credentials: badRow.credentials },
          { id: good.id, credentials: good.credentials },
        ]);
        // Fixing the row and running the migrations again completes the upgrade.
        await t.admin.query(
          `update public.integrations set type = 'openai', credentials = $2 where id = $1`,
          [badRow.id, `sk-${newCanary()}fixed`],
        );
        await withClient(t.db.postgresUrl, (c) => applyMigrations(c));
        const after = await t.admin.query(
          'select name, credentials_migrated from public.integrations order by name',
        );
        expect(after.rows).toEqual([
          { name: 'bad', credentials_migrated: true },
          { name: 'good', credentials_migrated: true },
        ]);
      } finally {
        await t.stop();
      }
    },
  );

  it('refuses a legacy table with columns the new one has no place for', async () => {
    const t = await startTestDatabase({
      skipMigrations: true,
      beforeMigrations: async (urls) => {
        await seedLegacy(urls, []);
        await withClient(urls.postgresUrl, (c) =>
          c.query('alter table public.integrations add column notes text'),
        );
      },
    });
    try {
      await expect(withClient(t.db.postgresUrl, (c) => applyMigrations(c))).rejects.toThrow(
        /columns this migration would lose: notes/,
      );
    } finally {
      await t.stop();
    }
  });
});
