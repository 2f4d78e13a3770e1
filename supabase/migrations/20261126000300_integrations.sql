-- public.integrations: one row per connected provider account. The credential itself lives in
-- Supabase Vault; the row keeps only its secret's id and a non-secret hint.
--
-- Upgrading a project that has the older `integrations` table (plaintext `credentials` column):
-- its rows are checked here BEFORE anything changes, so a row that cannot be migrated stops the
-- upgrade with the old table untouched; then the old table is set aside as
-- private.legacy_integrations (no API role can reach schema private) and migration
-- 20261126000600 moves every row into this table and Vault and drops it.

do $$
declare
  v_columns text[];
  v_problems text;
begin
  if to_regclass('public.integrations') is null then
    return;
  end if;
  select array_agg(column_name::text order by column_name) into v_columns
    from information_schema.columns
   where table_schema = 'public' and table_name = 'integrations';
  if not ('credentials' = any (v_columns)) or 'secret_id' = any (v_columns) then
    raise exception 'public.integrations exists but is not the legacy plaintext table; refusing to touch it';
  end if;
  -- Every column of the old table must have a place in the new one: nothing is dropped silently.
  select string_agg(c, ', ') into v_problems
    from unnest(v_columns) as c
   where c not in ('id', 'user_id', 'name', 'type', 'credentials', 'created_at', 'updated_at');
  if v_problems is not null then
    raise exception 'legacy public.integrations has columns this migration would lose: %', v_problems
      using hint = 'Move or drop them first, then run the migrations again.';
  end if;
  -- Refuse rows that cannot be migrated without losing or inventing data. Only ids and type names
  -- are quoted, never a credential.
  execute $q$
    select string_agg(format('%s (%s)', coalesce(id::text, 'no id'), problem), '; ')
      from (
        select id, case
            when user_id is null then 'no user_id'
            when private.legacy_type(type) is null then format('unknown type %L', type)
            when credentials is null or btrim(credentials, E' \t\r\n') = '' then 'no credentials'
          end as problem
          from public.integrations
      ) as rows
     where problem is not null
  $q$ into v_problems;
  if v_problems is not null then
    raise exception 'legacy integrations that cannot be migrated: %', left(v_problems, 2000)
      using hint = 'Fix or delete these rows in public.integrations (known types: openai, '
        'google_cloud (also google, gcp), aws, azure), then run the migrations again.';
  end if;
  alter table public.integrations rename to legacy_integrations;
  alter table public.legacy_integrations set schema private;
  revoke all on table private.legacy_integrations from public, anon, authenticated, service_role;
end
$$;

create table public.integrations (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null
    constraint integrations_name_trimmed check (name = btrim(name))
    constraint integrations_name_length check (char_length(name) between 1 and 100),
  type text not null
    constraint integrations_type_check check (type in ('openai', 'google_cloud', 'aws', 'azure')),
  -- The Vault secret holding the credential. NOT a foreign key: hosted Supabase does not grant
  -- REFERENCES on vault.secrets. The functions keep the link (one secret per row, created and
  -- deleted with it) and test/db proves it.
  secret_id uuid not null constraint integrations_secret_id_key unique,
  status text not null default 'unverified'
    constraint integrations_status_check
    check (status in ('unverified', 'verifying', 'connected', 'error', 'disabled')),
  last_used_at timestamptz,
  last_verified_at timestamptz,
  error_message text
    constraint integrations_error_message_length check (char_length(error_message) <= 500)
    constraint integrations_error_message_only_on_error check (error_message is null or status = 'error'),
  -- Non-secret settings only (region, endpoint, organization...).
  config jsonb not null default '{}'
    constraint integrations_config_object check (jsonb_typeof(config) = 'object')
    constraint integrations_config_size check (octet_length(config::text) <= 16384),
  -- Non-secret identity derived from the credential when written (sk-…abcd, access key ID, ...).
  credential_hint text constraint integrations_credential_hint_length check (char_length(credential_hint) <= 300),
  credentials_version integer not null default 1 constraint integrations_credentials_version_check check (credentials_version >= 1),
  -- True for rows whose credential was moved here from the legacy plaintext column.
  credentials_migrated boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table public.integrations is
  'Provider integrations. Credentials are in Vault (secret_id); write only through the *_integration* functions.';

-- Names are unique per user regardless of case.
create unique index integrations_user_id_name_key on public.integrations (user_id, lower(name));
-- Listing one user's integrations, newest first, is an index scan.
create index integrations_user_id_created_at_idx on public.integrations (user_id, created_at desc);

-- A row and its Vault secret go together, also when the row goes by cascade (its user deleted):
-- Vault secrets cannot be tied to anything by a foreign key on hosted projects, so this trigger
-- removes the secret. delete_integration_with_vault deletes it explicitly as well.
create function private.delete_integration_secret() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  delete from vault.secrets s where s.id = old.secret_id;
  return old;
end
$$;
revoke all on function private.delete_integration_secret() from public, anon, authenticated, service_role;

create trigger integrations_delete_secret
  after delete on public.integrations
  for each row execute function private.delete_integration_secret();

-- Row level security: a user reads only their own rows; nobody writes except the SECURITY DEFINER
-- functions (owned by postgres). FORCE makes the owner subject to the policies as well; it is
-- applied only where the owner has BYPASSRLS (hosted Supabase and the local bootstrap), because
-- the functions run as the owner and would otherwise see no rows.
alter table public.integrations enable row level security;
do $$
begin
  if (select rolbypassrls from pg_roles where rolname = current_user) then
    alter table public.integrations force row level security;
  else
    raise notice 'integrations: % lacks BYPASSRLS; RLS enabled but not forced', current_user;
  end if;
end
$$;

create policy "Users can read their own integrations"
  on public.integrations for select to authenticated
  using (user_id = (select auth.uid()));

-- Supabase's default privileges granted everything to the API roles; take it back. (See
-- https://supabase.com/docs/guides/database/postgres/row-level-security and lint 0013.)
revoke all on table public.integrations from public, anon, authenticated, service_role;
grant select on table public.integrations to authenticated, service_role;
