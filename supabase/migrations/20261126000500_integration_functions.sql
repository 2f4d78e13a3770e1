-- The only way to write integrations: SECURITY DEFINER functions (owned by postgres, which may use
-- Vault) that check the caller with auth.uid(), keep each row and its Vault secret together, and
-- append to the audit trail.
--
-- Every function: SECURITY DEFINER with search_path = '' and fully qualified names (so a caller's
-- objects cannot shadow anything: Supabase lint 0011); EXECUTE revoked from PUBLIC and anon and
-- granted to authenticated and service_role only (lints 0028/0029).
--
-- Errors a client can act on:
--   42501 "User must be authenticated"  no signed-in user
--   P0002 "Integration not found"        a missing id, and equally another user's id
--   22023 "<parameter> ..."              bad input (the message names the parameter, never a value)
--   23505 "An integration named ..."     duplicate name for this user

-- Locks and returns the caller's integration; another user's id gets the same answer as a missing
-- one, so ids reveal nothing.
create function private.lock_own_integration(p_integration_id uuid, p_user_id uuid)
returns public.integrations
  language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_row public.integrations;
begin
  if p_integration_id is null then
    perform private.invalid('p_integration_id must not be null');
  end if;
  select * into v_row
    from public.integrations i
   where i.id = p_integration_id and i.user_id = p_user_id
     for update;
  if not found then
    raise exception 'Integration not found' using errcode = 'P0002';
  end if;
  return v_row;
end
$$;
revoke all on function private.lock_own_integration(uuid, uuid) from public, anon, authenticated, service_role;

create function private.raise_duplicate_name(p_name text) returns void
  language plpgsql immutable security invoker set search_path = ''
as $$
begin
  raise exception 'An integration named "%" already exists', p_name
    using errcode = '23505', constraint = 'integrations_user_id_name_key';
end
$$;
revoke all on function private.raise_duplicate_name(text) from public, anon, authenticated, service_role;

create function public.create_integration_with_vault(
  p_name text, p_type text, p_credentials text, p_config jsonb default '{}'
) returns uuid
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_name text := private.checked_name(p_name);
  v_id uuid := gen_random_uuid();
  v_secret_id uuid;
  v_problem text;
  v_constraint text;
begin
  perform private.check_type(p_type);
  perform private.check_credentials(p_type, p_credentials);
  v_problem := private.config_problem(p_config, p_credentials);
  if v_problem is not null then
    perform private.invalid(v_problem);
  end if;
  if exists (
    select 1 from public.integrations i where i.user_id = v_user_id and lower(i.name) = lower(v_name)
  ) then
    perform private.raise_duplicate_name(v_name);
  end if;

  -- The secret and the row are created in this one transaction: if the INSERT fails, the secret
  -- is rolled back with it.
  v_secret_id := vault.create_secret(p_credentials, 'integration:' || v_id, 'Aterges integration credential');
  begin
    insert into public.integrations (id, user_id, name, type, secret_id, config, credential_hint)
    values (v_id, v_user_id, v_name, p_type, v_secret_id, p_config,
            private.credential_hint(p_type, p_credentials));
  exception when unique_violation then
    -- A concurrent create with the same name won the race.
    get stacked diagnostics v_constraint = constraint_name;
    if v_constraint = 'integrations_user_id_name_key' then
      perform private.raise_duplicate_name(v_name);
    end if;
    raise;
  end;
  perform private.record_event(v_user_id, v_id, v_name, 'created', jsonb_build_object(
    'type', p_type, 'status', 'unverified', 'credentials_version', 1,
    'config_keys', (select coalesce(jsonb_agg(k order by k), '[]') from jsonb_object_keys(p_config) as k)));
  return v_id;
end
$$;

create function public.get_integration_credentials(p_integration_id uuid) returns text
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations := private.lock_own_integration(p_integration_id, v_user_id);
  v_secret text;
begin
  select s.decrypted_secret into v_secret from vault.decrypted_secrets s where s.id = v_row.secret_id;
  if v_secret is null then
    -- Should never happen (the functions keep row and secret together); say so without detail.
    raise exception 'Integration credentials are missing' using errcode = 'XX000';
  end if;
  update public.integrations i set last_used_at = now() where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'credentials_read',
    jsonb_build_object('credentials_version', v_row.credentials_version));
  return v_secret;
end
$$;

create function public.update_integration_credentials(p_integration_id uuid, p_credentials text)
returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations;
begin
  -- Checks that need no row first; the type-specific check only after the ownership check, so a
  -- stranger's id answers "not found" whatever the credential.
  if p_credentials is null or btrim(p_credentials, E' \t\r\n') = ''
     or octet_length(p_credentials) > 65536 then
    perform private.check_credentials('openai', p_credentials);
  end if;
  v_row := private.lock_own_integration(p_integration_id, v_user_id);
  perform private.check_credentials(v_row.type, p_credentials);
  if not exists (select 1 from vault.secrets s where s.id = v_row.secret_id) then
    raise exception 'Integration credentials are missing' using errcode = 'XX000';
  end if;
  perform vault.update_secret(v_row.secret_id, p_credentials);
  update public.integrations i
     set credential_hint = private.credential_hint(v_row.type, p_credentials),
         credentials_version = i.credentials_version + 1,
         status = 'unverified',
         error_message = null,
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'credentials_updated',
    jsonb_build_object('credentials_version', v_row.credentials_version + 1,
                       'old_status', v_row.status, 'new_status', 'unverified'));
end
$$;

create function public.update_integration_status(
  p_integration_id uuid, p_status text, p_error_message text default null
) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations;
  v_message text;
begin
  if p_status is null or not (p_status = any (private.integration_statuses())) then
    perform private.invalid(
      'p_status must be one of unverified, verifying, connected, error, disabled');
  end if;
  if char_length(p_error_message) > 500 then
    perform private.invalid('p_error_message must be at most 500 characters');
  end if;
  v_row := private.lock_own_integration(p_integration_id, v_user_id);
  -- Kept only for "error". Provider messages can echo part of a key: redact the credential.
  if p_status = 'error' and nullif(btrim(p_error_message), '') is not null then
    v_message := left(private.redact(
      btrim(p_error_message),
      (select s.decrypted_secret from vault.decrypted_secrets s where s.id = v_row.secret_id)), 500);
  end if;
  update public.integrations i
     set status = p_status,
         error_message = v_message,
         last_verified_at = case when p_status in ('connected', 'error') then now() else i.last_verified_at end,
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'status_changed',
    jsonb_strip_nulls(jsonb_build_object(
      'old_status', v_row.status, 'new_status', p_status, 'error_message', v_message)));
end
$$;

create function public.update_integration(
  p_integration_id uuid, p_name text default null, p_config jsonb default null
) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_name text;
  v_row public.integrations;
  v_problem text;
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

create function public.delete_integration_with_vault(p_integration_id uuid) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  -- FOR UPDATE: a concurrent rotate or delete of the same row waits here, then finds it gone
  -- ("not found"), so neither leaves a secret without a row nor a row without a secret.
  v_row public.integrations := private.lock_own_integration(p_integration_id, v_user_id);
begin
  delete from vault.secrets s where s.id = v_row.secret_id;
  delete from public.integrations i where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'deleted',
    jsonb_build_object('type', v_row.type, 'credentials_version', v_row.credentials_version));
end
$$;

revoke all on function
  public.create_integration_with_vault(text, text, text, jsonb),
  public.get_integration_credentials(uuid),
  public.update_integration_credentials(uuid, text),
  public.update_integration_status(uuid, text, text),
  public.update_integration(uuid, text, jsonb),
  public.delete_integration_with_vault(uuid)
  from public, anon;
grant execute on function
  public.create_integration_with_vault(text, text, text, jsonb),
  public.get_integration_credentials(uuid),
  public.update_integration_credentials(uuid, text),
  public.update_integration_status(uuid, text, text),
  public.update_integration(uuid, text, jsonb),
  public.delete_integration_with_vault(uuid)
  to authenticated, service_role;
