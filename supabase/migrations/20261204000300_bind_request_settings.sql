-- Settings that travel with a credential can change only together with it.
--
-- Why (issue #9): every setting the app sends to a provider together with a key decides where the
-- key goes or what the provider echoes back: the OpenAI base URL (the host), the OpenAI
-- organization and project (headers that OpenAI quotes back in its 401 text), the AWS region (the
-- STS host) and the Azure authority host. A client that could change one of them on its own could
-- send a stored key to its own host, or make the provider quote chosen text next to key material.
-- The desktop app already refuses such an edit; this is the same rule in the database, so another
-- client holding the user's token (a web page, a script) cannot do it either: defence in depth.
--
-- * private.bound_config_keys(type): the one list of those settings per provider type (it mirrors
--   `boundConfigKeys` in shared/integration-config.ts; test/db/bound-settings.test.ts compares
--   them).
-- * public.update_integration refuses (22023, naming the key) a p_config whose bound keys differ
--   from the stored ones; absent and JSON null count as the same.
-- * public.update_integration_credentials gains p_config: the new credential and its settings are
--   written in one transaction (before, the app wrote the settings in a second call, which the
--   rule above now refuses). The old two-argument form is dropped; PostgREST calls by name, so a
--   client that sends only p_integration_id and p_credentials reaches the new one unchanged.

create function private.bound_config_keys(p_type text) returns text[]
  language sql immutable security invoker set search_path = ''
as $$
  select case p_type
    when 'openai' then array['baseUrl', 'organization', 'project']
    when 'aws' then array['region']
    when 'azure' then array['authorityHost']
    else array[]::text[]
  end
$$;
revoke all on function private.bound_config_keys(text) from public, anon, authenticated, service_role;

-- The first bound key whose value differs between two configs, or NULL.
create function private.changed_bound_key(p_type text, p_old jsonb, p_new jsonb) returns text
  language sql immutable security invoker set search_path = ''
as $$
  select k
    from unnest(private.bound_config_keys(p_type)) as k
   where nullif(coalesce(p_old, '{}'::jsonb) -> k, 'null'::jsonb)
         is distinct from nullif(coalesce(p_new, '{}'::jsonb) -> k, 'null'::jsonb)
   limit 1
$$;
revoke all on function private.changed_bound_key(text, jsonb, jsonb)
  from public, anon, authenticated, service_role;

create or replace function public.update_integration(
  p_integration_id uuid, p_name text default null, p_config jsonb default null
) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_name text;
  v_row public.integrations;
  v_problem text;
  v_bound text;
  v_changed text[] := '{}';
  v_constraint text;
begin
  if p_name is null and p_config is null then
    perform private.invalid('p_name or p_config must be given');
  end if;
  if p_name is not null then
    v_name := private.checked_name(p_name);
  end if;
  if p_config is not null then
    v_problem := private.config_problem(p_config);
    if v_problem is not null then
      perform private.invalid(v_problem);
    end if;
  end if;
  v_row := private.lock_own_integration(p_integration_id, v_user_id);
  if p_config is not null then
    v_bound := private.changed_bound_key(v_row.type, v_row.config, p_config);
    if v_bound is not null then
      perform private.invalid(format(
        'p_config.%s can only change together with the credentials (rotate them)', v_bound));
    end if;
    v_problem := private.config_problem(p_config,
      (select s.decrypted_secret from vault.decrypted_secrets s where s.id = v_row.secret_id));
    if v_problem is not null then
      perform private.invalid(v_problem);
    end if;
  end if;
  if v_name is not null and v_name is distinct from v_row.name then
    if exists (
      select 1 from public.integrations i
       where i.user_id = v_user_id and lower(i.name) = lower(v_name) and i.id <> v_row.id
    ) then
      perform private.raise_duplicate_name(v_name);
    end if;
    v_changed := array_append(v_changed, 'name');
  end if;
  if p_config is not null and p_config is distinct from v_row.config then
    v_changed := array_append(v_changed, 'config');
  end if;
  begin
    update public.integrations i
       set name = coalesce(v_name, i.name),
           config = coalesce(p_config, i.config),
           updated_at = now()
     where i.id = v_row.id;
  exception when unique_violation then
    get stacked diagnostics v_constraint = constraint_name;
    if v_constraint = 'integrations_user_id_name_key' then
      perform private.raise_duplicate_name(v_name);
    end if;
    raise;
  end;
  perform private.record_event(v_user_id, v_row.id, coalesce(v_name, v_row.name), 'updated',
    jsonb_strip_nulls(jsonb_build_object(
      'changed', to_jsonb(v_changed),
      'old_name', case when 'name' = any (v_changed) then v_row.name end,
      'new_name', case when 'name' = any (v_changed) then v_name end)));
end
$$;

drop function public.update_integration_credentials(uuid, text);

create function public.update_integration_credentials(
  p_integration_id uuid, p_credentials text, p_config jsonb default null
) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations;
  v_problem text;
begin
  -- Checks that need no row first; the type-specific check only after the ownership check, so a
  -- stranger's id answers "not found" whatever the credential.
  if p_credentials is null or btrim(p_credentials, E' \t\r\n') = ''
     or octet_length(p_credentials) > 65536 then
    perform private.check_credentials('openai', p_credentials);
  end if;
  if p_config is not null then
    v_problem := private.config_problem(p_config);
    if v_problem is not null then
      perform private.invalid(v_problem);
    end if;
  end if;
  v_row := private.lock_own_integration(p_integration_id, v_user_id);
  perform private.check_credentials(v_row.type, p_credentials);
  if p_config is not null then
    v_problem := private.config_problem(p_config, p_credentials);
    if v_problem is not null then
      perform private.invalid(v_problem);
    end if;
  end if;
  if not exists (select 1 from vault.secrets s where s.id = v_row.secret_id) then
    raise exception 'Integration credentials are missing' using errcode = 'XX000';
  end if;
  perform vault.update_secret(v_row.secret_id, p_credentials);
  update public.integrations i
     set credential_hint = private.credential_hint(v_row.type, p_credentials),
         credentials_version = i.credentials_version + 1,
         config = coalesce(p_config, i.config),
         status = 'unverified',
         error_message = null,
         error_code = null,
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'credentials_updated',
    jsonb_strip_nulls(jsonb_build_object(
      'credentials_version', v_row.credentials_version + 1,
      'old_status', v_row.status, 'new_status', 'unverified',
      'config_keys', case when p_config is not null and p_config is distinct from v_row.config
                          then (select to_jsonb(array_agg(k order by k)) from jsonb_object_keys(p_config) k)
                     end)));
end
$$;

revoke all on function public.update_integration_credentials(uuid, text, jsonb) from public, anon;
grant execute on function public.update_integration_credentials(uuid, text, jsonb)
  to authenticated, service_role;
