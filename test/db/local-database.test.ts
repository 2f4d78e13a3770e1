/**
 * The local database helper and the Vault stand-in behave like the hosted pieces they replace:
 * roles, claims, Vault's encryption and root key, persistence and reuse of an existing database.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalDatabase } from '../../supabase/local/database.ts';
import { withClient } from '../../supabase/local/database-setup.ts';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asRole, createUser, sqlError } from './support/db.ts';

const t = useDatabaseSuite();

describe('roles', () => {
  it('authenticator can become the API roles, and nothing else', async () => {
    await withClient(t.db.authenticatorUrl, async (c) => {
      for (const role of ['anon', 'authenticated', 'service_role']) {
        await c.query(`set role ${role}`);
        await c.query('reset role');
      }
      for (const role of ['postgres', 'supabase_admin', 'supabase_auth_admin']) {
        expect((await sqlError(c.query(`set role ${role}`))).code).toBe('42501');
      }
      // NOINHERIT: logged in, before SET ROLE, it has none of the API roles' privileges.
      expect((await sqlError(c.query('select * from public.integrations'))).code).toBe('42501');
    });
  });

  it('supabase_auth_admin writes auth.users; postgres is no superuser', async () => {
    await withClient(t.db.authAdminUrl, (c) =>
      c.query(`insert into auth.users (id, email) values (gen_random_uuid(), 'gotrue@x.test')`),
    );
    await withClient(t.db.postgresUrl, async (c) => {
      const { rows } = await c.query<{ rolsuper: boolean }>(
        'select rolsuper from pg_roles where rolname = current_user',
      );
      expect(rows).toEqual([{ rolsuper: false }]);
    });
  });

  it('auth.uid(), auth.role() and auth.jwt() read the claims as PostgREST sets them', async () => {
    const user = await createUser(t.admin);
    const claims = { sub: user, role: 'authenticated', email: 'a@x.test' };
    const seen = await asRole(t.api, 'authenticated', claims, async (c) => {
      const { rows } = await c.query(
        `select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'email' as email`,
      );
      return rows[0] as unknown;
    });
    expect(seen).toEqual({ uid: user, role: 'authenticated', email: 'a@x.test' });
    // The older per-claim setting is read first, as Supabase's functions do.
    const legacy = await asRole(t.api, 'anon', null, async (c) => {
      await c.query(`select set_config('request.jwt.claim.sub', $1, true)`, [user]);
      return (await c.query('select auth.uid() as uid')).rows[0] as unknown;
    });
    expect(legacy).toEqual({ uid: user });
  });
});

describe('the Vault stand-in', () => {
  it('refuses a direct INSERT by postgres, as hosted Vault does', async () => {
    const error = await withClient(t.db.postgresUrl, (c) =>
      sqlError(c.query(`insert into vault.secrets (secret) values ('plaintext')`)),
    );
    expect(error).toMatchObject({ code: '42501', message: 'permission denied for table secrets' });
  });

  it('keeps the root key out of reach of every role but the superuser', async () => {
    for (const url of [t.db.postgresUrl, t.db.authAdminUrl, t.db.authenticatorUrl]) {
      const error = await withClient(url, (c) =>
        sqlError(c.query('select * from vault_root_key.root_key')),
      );
      expect(error.code).toBe('42501');
    }
  });

  it('stores ciphertext bound to the secret id: moved or altered ciphertext does not decrypt', async () => {
    const [a, b] = await withClient(t.db.postgresUrl, async (c) => {
      const one = await c.query<{ id: string }>(`select vault.create_secret('first secret') as id`);
      const two = await c.query<{ id: string }>(
        `select vault.create_secret('second secret') as id`,
      );
      return [one.rows[0]!.id, two.rows[0]!.id];
    });
    const { rows } = await t.admin.query<{ secret: string }>(
      'select secret from vault.secrets where id = $1',
      [a],
    );
    expect(rows[0]!.secret).not.toContain('first');
    await t.admin.query(
      'update vault.secrets set secret = (select secret from vault.secrets where id = $1) where id = $2',
      [a, b],
    );
    const moved = await sqlError(
      t.admin.query('select decrypted_secret from vault.decrypted_secrets where id = $1', [b]),
    );
    expect(moved.message).toBe('vault: invalid ciphertext');
    await t.admin.query(
      `update vault.secrets set secret = encode(overlay(decode(secret, 'base64') placing '\\x00'::bytea from 20), 'base64') where id = $1`,
      [a],
    );
    const altered = await sqlError(
      t.admin.query('select decrypted_secret from vault.decrypted_secrets where id = $1', [a]),
    );
    expect(altered.message).toBe('vault: invalid ciphertext');
  });

  it('gives each throwaway database its own root key', async () => {
    const other = await startLocalDatabase({ skipMigrations: true });
    try {
      const key = (url: string) =>
        withClient(url, async (c) => {
          const { rows } = await c.query<{ k: string }>(
            `select encode(enc_key, 'hex') as k from vault_root_key.root_key`,
          );
          return rows[0]!.k;
        });
      expect(await key(other.adminUrl)).not.toBe(await key(t.db.adminUrl));
    } finally {
      await other.stop();
    }
  });
});

describe('startLocalDatabase', () => {
  it('keeps a persistent data dir across starts, migrating once and rotating passwords', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aterges-db-test-'));
    // As root, Postgres runs as the postgres user, who must be able to reach the data dir.
    await chmod(dir, 0o755);
    const dataDir = join(dir, 'data');
    try {
      const first = await startLocalDatabase({ dataDir });
      expect(first.appliedMigrations.length).toBeGreaterThanOrEqual(6);
      await withClient(first.adminUrl, (c) =>
        c.query(`insert into auth.users (id, email) values (gen_random_uuid(), 'kept@x.test')`),
      );
      await first.stop();
      const second = await startLocalDatabase({ dataDir });
      try {
        expect(second.appliedMigrations).toEqual([]);
        const { rows } = await withClient(second.adminUrl, (c) =>
          c.query(`select email from auth.users`),
        );
        expect(rows).toEqual([{ email: 'kept@x.test' }]);
        // The first start's passwords no longer work.
        const stale = new URL(first.postgresUrl);
        stale.port = String(second.port);
        await expect(withClient(stale.toString(), (c) => c.query('select 1'))).rejects.toThrow(
          /password authentication failed/,
        );
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // As root, Postgres runs as the postgres user, which cannot enter a root-owned 0700 directory.
  it.runIf(process.getuid?.() === 0)(
    'fails fast, with the reason, when Postgres cannot start',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'aterges-db-test-'));
      try {
        const started = Date.now();
        await expect(startLocalDatabase({ dataDir: join(dir, 'data') })).rejects.toThrow(
          /could not start Postgres .*must be able to reach this directory/,
        );
        expect(Date.now() - started).toBeLessThan(20_000);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it('uses an existing database (SUPABASE_DB_URL) without bootstrapping or re-migrating it', async () => {
    const previous = process.env.SUPABASE_DB_ADMIN_URL;
    process.env.SUPABASE_DB_ADMIN_URL = t.db.adminUrl;
    try {
      const reused = await startLocalDatabase({ databaseUrl: t.db.postgresUrl });
      expect(reused.appliedMigrations).toEqual([]);
      expect(reused.port).toBe(t.db.port);
      await reused.stop();
      // The database is still up: stop() does not stop a database it did not start.
      await withClient(t.db.postgresUrl, (c) => c.query('select 1'));
    } finally {
      if (previous === undefined) delete process.env.SUPABASE_DB_ADMIN_URL;
      else process.env.SUPABASE_DB_ADMIN_URL = previous;
    }
  });
});
