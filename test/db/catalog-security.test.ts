/**
 * Security rules read from the catalog, so functions and tables added later are covered too.
 */
import { describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';

const t = useDatabaseSuite();

async function rows<T>(sql: string): Promise<T[]> {
  return (await t.admin.query(sql)).rows as T[];
}

describe('functions', () => {
  it('every SECURITY DEFINER function in public and private pins search_path to empty', async () => {
    const unpinned = await rows(
      `select p.oid::regprocedure::text as fn, p.proconfig
         from pg_proc p
        where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
          and p.prosecdef
          and not coalesce('search_path=""' = any (p.proconfig), false)`,
    );
    expect(unpinned).toEqual([]);
  });

  it('no SECURITY DEFINER function in public is executable by PUBLIC or anon', async () => {
    const exposed = await rows(
      `select p.oid::regprocedure::text as fn, r.grantee
         from pg_proc p
         cross join (values ('anon'), ('public')) as r(grantee)
        where p.pronamespace = 'public'::regnamespace
          and p.prosecdef
          and case r.grantee
                when 'anon' then has_function_privilege('anon', p.oid, 'execute')
                -- PUBLIC: an ACL item with an empty grantee, or the default ACL (NULL = PUBLIC may execute).
                else p.proacl is null or exists (
                  select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE')
              end`,
    );
    expect(exposed).toEqual([]);
  });

  it('the integration functions, the activity queries and the schema check exist with their exact signatures, for authenticated and service_role', async () => {
    const functions = await rows<{ fn: string; returns: string; auth: boolean; service: boolean }>(
      `select p.oid::regprocedure::text as fn, pg_get_function_result(p.oid) as returns,
              has_function_privilege('authenticated', p.oid, 'execute') as auth,
              has_function_privilege('service_role', p.oid, 'execute') as service
         from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef order by 1`,
    );
    expect(functions).toEqual([
      {
        fn: 'activity_daily(uuid,text)',
        returns: 'TABLE(day date, tests integer, reads integer)',
        auth: true,
        service: true,
      },
      { fn: 'app_schema_version()', returns: 'text', auth: true, service: true },
      {
        fn: 'create_integration_with_vault(text,text,text,jsonb)',
        returns: 'uuid',
        auth: true,
        service: true,
      },
      { fn: 'delete_integration_with_vault(uuid)', returns: 'void', auth: true, service: true },
      { fn: 'get_integration_credentials(uuid,text)', returns: 'text', auth: true, service: true },
      {
        fn: 'list_activity(uuid,text[],timestamp with time zone,timestamp with time zone,timestamp with time zone,bigint,integer)',
        returns:
          'TABLE(id bigint, integration_id uuid, integration_name text, event_type text, details jsonb, created_at timestamp with time zone)',
        auth: true,
        service: true,
      },
      {
        fn: 'record_connection_test(uuid,text,integer,text,text)',
        returns: 'void',
        auth: true,
        service: true,
      },
      { fn: 'restore_integration_status(uuid)', returns: 'void', auth: true, service: true },
      { fn: 'update_integration(uuid,text,jsonb)', returns: 'void', auth: true, service: true },
      {
        fn: 'update_integration_credentials(uuid,text,jsonb)',
        returns: 'void',
        auth: true,
        service: true,
      },
      {
        fn: 'update_integration_status(uuid,text,text,text)',
        returns: 'void',
        auth: true,
        service: true,
      },
    ]);
    const args = await rows<{ args: string }>(
      `select pg_get_function_arguments(p.oid) as args from pg_proc p
        where p.oid in ('public.create_integration_with_vault(text,text,text,jsonb)'::regprocedure,
                        'public.update_integration_status(uuid,text,text,text)'::regprocedure,
                        'public.update_integration(uuid,text,jsonb)'::regprocedure) order by p.proname`,
    );
    expect(args.map((a) => a.args)).toEqual([
      "p_name text, p_type text, p_credentials text, p_config jsonb DEFAULT '{}'::jsonb",
      'p_integration_id uuid, p_name text DEFAULT NULL::text, p_config jsonb DEFAULT NULL::jsonb',
      'p_integration_id uuid, p_status text, p_error_message text DEFAULT NULL::text, p_error_code text DEFAULT NULL::text',
    ]);
  });

  it('nothing in schema private is usable by the API roles', async () => {
    const usable = await rows(
      `select r.rolname, p.oid::regprocedure::text as fn
         from pg_proc p cross join (values ('anon'), ('authenticated'), ('service_role')) as r(rolname)
        where p.pronamespace = 'private'::regnamespace
          and (has_function_privilege(r.rolname, p.oid, 'execute') or p.proacl is null)
       union all
       select r.rolname, 'schema private' from (values ('anon'), ('authenticated'), ('service_role')) as r(rolname)
        where has_schema_privilege(r.rolname, 'private', 'usage')`,
    );
    expect(usable).toEqual([]);
  });

  it('all integration functions are owned by postgres, which is not a superuser', async () => {
    const owners = await rows(
      `select distinct pg_get_userbyid(p.proowner) as owner, r.rolsuper
         from pg_proc p join pg_roles r on r.oid = p.proowner
        where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)`,
    );
    expect(owners).toEqual([{ owner: 'postgres', rolsuper: false }]);
  });
});

describe('tables', () => {
  it('every table in public has RLS enabled and forced', async () => {
    const tables = await rows(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`,
    );
    expect(tables).toEqual([
      { relname: 'integration_events', relrowsecurity: true, relforcerowsecurity: true },
      { relname: 'integrations', relrowsecurity: true, relforcerowsecurity: true },
    ]);
  });

  it('anon has no privilege on any table or sequence in public; authenticated only SELECT', async () => {
    const grants = await rows(
      `select c.relname, r.rolname, p.privilege
         from pg_class c
         cross join (values ('anon'), ('authenticated')) as r(rolname)
         cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) as p(privilege)
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
          and has_table_privilege(r.rolname, c.oid, p.privilege)
       union all
       select c.relname, r.rolname, 'sequence'
         from pg_class c cross join (values ('anon'), ('authenticated')) as r(rolname)
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
          and has_sequence_privilege(r.rolname, c.oid, 'usage, select, update')
       order by 1, 2, 3`,
    );
    expect(grants).toEqual([
      { relname: 'integration_events', rolname: 'authenticated', privilege: 'SELECT' },
      { relname: 'integrations', rolname: 'authenticated', privilege: 'SELECT' },
    ]);
  });

  it('the policies let authenticated read only rows whose user_id is auth.uid()', async () => {
    const policies = await rows(
      `select tablename, cmd, roles::text, qual, with_check from pg_policies
        where schemaname = 'public' order by tablename`,
    );
    expect(policies).toEqual([
      {
        tablename: 'integration_events',
        cmd: 'SELECT',
        roles: '{authenticated}',
        qual: '(user_id = ( SELECT auth.uid() AS uid))',
        with_check: null,
      },
      {
        tablename: 'integrations',
        cmd: 'SELECT',
        roles: '{authenticated}',
        qual: '(user_id = ( SELECT auth.uid() AS uid))',
        with_check: null,
      },
    ]);
  });

  it('integrations.secret_id is not a foreign key (hosted Vault grants no REFERENCES) but unique', async () => {
    const constraints = await rows<{ conname: string; contype: string }>(
      `select conname, contype from pg_constraint
        where conrelid = 'public.integrations'::regclass and contype in ('f', 'u') order by conname`,
    );
    expect(constraints).toEqual([
      { conname: 'integrations_secret_id_key', contype: 'u' },
      // The provider types are the rows of private.provider_catalog (migration 20261204120000).
      { conname: 'integrations_type_fkey', contype: 'f' },
      { conname: 'integrations_user_id_fkey', contype: 'f' },
    ]);
  });
});

describe('the local database is shaped like a hosted project', () => {
  it('runs the migrations as postgres, a non-superuser that cannot insert into vault.secrets', async () => {
    const role = await rows(
      `select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = 'postgres'`,
    );
    expect(role).toEqual([{ rolsuper: false, rolbypassrls: true, rolcreaterole: true }]);
    const privileges = await rows(
      `select has_table_privilege('postgres', 'vault.secrets', 'insert') as insert,
              has_table_privilege('postgres', 'vault.secrets', 'delete') as delete,
              has_schema_privilege('postgres', 'vault_root_key', 'usage') as root_key`,
    );
    expect(privileges).toEqual([{ insert: false, delete: true, root_key: false }]);
  });

  it('records each applied migration like the Supabase CLI', async () => {
    const versions = await rows<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    );
    expect(versions.map((v) => v.version)).toEqual(t.db.appliedMigrations);
    expect(versions.length).toBeGreaterThanOrEqual(6);
  });
});
