-- Internal helpers for the integration functions: caller identity, input validation (the server's
-- second line of defence behind the app's own checks), credential hints, redaction and the audit
-- trail. All SECURITY INVOKER: they run inside the public SECURITY DEFINER functions, as postgres.
--
-- Rule for every message here: it may name a parameter or a field, never echo a value, because a
-- value may be (part of) a credential. JSON parse errors are caught and replaced for that reason:
-- Postgres' own message for bad JSON quotes the offending input.

-- The signed-in user, or 42501 "User must be authenticated". auth.uid() casts the JWT's sub to
-- uuid; a sub that is not a uuid (a service_role key has none) is treated as no user.
create function private.require_user() returns uuid
  language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_uid uuid;
begin
  begin
    v_uid := auth.uid();
  exception when others then
    v_uid := null;
  end;
  if v_uid is null then
    raise exception 'User must be authenticated' using errcode = '42501';
  end if;
  return v_uid;
end
$$;

create function private.invalid(p_message text) returns void
  language plpgsql immutable security invoker set search_path = ''
as $$
begin
  raise exception '%', p_message using errcode = '22023';
end
$$;

-- Parses text as a JSON object; NULL when it is not JSON or not an object. Never raises (so the
-- parser's message, which quotes the input, never reaches a client).
create function private.json_object_or_null(p_text text) returns jsonb
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_json jsonb;
begin
  begin
    v_json := p_text::jsonb;
  exception when others then
    return null;
  end;
  return case when jsonb_typeof(v_json) = 'object' then v_json end;
end
$$;

-- The first non-empty string among the given fields of a JSON object (legacy rows used snake_case).
create function private.json_text(p_json jsonb, variadic p_fields text[]) returns text
  language sql immutable security invoker set search_path = ''
as $$
  select v
    from unnest(p_fields) with ordinality as f(name, ord)
    cross join lateral (
      select case when jsonb_typeof(p_json -> f.name) = 'string' then nullif(p_json ->> f.name, '') end
    ) as x(v)
   where v is not null
   order by f.ord
   limit 1
$$;

create function private.integration_types() returns text[]
  language sql immutable security invoker set search_path = ''
as $$ select array['openai', 'google_cloud', 'aws', 'azure'] $$;

create function private.integration_statuses() returns text[]
  language sql immutable security invoker set search_path = ''
as $$ select array['unverified', 'verifying', 'connected', 'error', 'disabled'] $$;

-- Whitespace the app's forms may leave around a name (btrim alone strips only spaces).
create function private.normalize_name(p_name text) returns text
  language sql immutable security invoker set search_path = ''
as $$ select btrim(p_name, E' \t\r\n\f\v') $$;

-- Validates and normalizes a name argument; raises 22023 naming the parameter.
create function private.checked_name(p_name text) returns text
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_name text := private.normalize_name(p_name);
begin
  if v_name is null or char_length(v_name) not between 1 and 100 then
    perform private.invalid('p_name must be 1-100 characters');
  end if;
  if v_name ~ '[[:cntrl:]]' then
    perform private.invalid('p_name must not contain control characters');
  end if;
  return v_name;
end
$$;

create function private.check_type(p_type text) returns void
  language plpgsql immutable security invoker set search_path = ''
as $$
begin
  if p_type is null or not (p_type = any (private.integration_types())) then
    perform private.invalid('p_type must be one of openai, google_cloud, aws, azure');
  end if;
end
$$;

-- Config holds non-secret settings only: a JSON object of at most 16 KiB, with no key that names
-- a secret, and not containing the credential itself.
create function private.config_problem(p_config jsonb, p_credentials text default null)
returns text
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_key text;
begin
  if p_config is null or jsonb_typeof(p_config) <> 'object' then
    return 'p_config must be a JSON object';
  end if;
  if octet_length(p_config::text) > 16384 then
    return 'p_config must be at most 16 KiB';
  end if;
  select k.key #>> '{}' into v_key
    from jsonb_path_query(p_config, '$.** ? (@.type() == "object").keyvalue().key') as k(key)
   where lower(regexp_replace(k.key #>> '{}', '[^A-Za-z0-9]', '', 'g')) in (
     'apikey', 'secret', 'password', 'privatekey', 'clientsecret', 'secretaccesskey',
     'sessiontoken', 'accesstoken', 'refreshtoken', 'token', 'credential', 'credentials')
   limit 1;
  if v_key is not null then
    return format('p_config must not contain secrets (key %s); store them as credentials', v_key);
  end if;
  -- The credential, or a secret field of it, copied into config by mistake.
  if p_credentials is not null and private.redact(p_config::text, p_credentials) <> p_config::text then
    return 'p_config must not contain the credentials';
  end if;
  return null;
end
$$;

-- What is wrong with a credential of the given type, or NULL when it is acceptable. The stored
-- text formats are the app's (shared/stored-credentials.ts): the bare key for OpenAI, JSON for
-- the others. With p_legacy, snake_case field names and a JSON-wrapped OpenAI key (as older
-- clients wrote them, and the app still reads) are accepted too.
create function private.credential_problem(
  p_type text, p_credentials text, p_legacy boolean default false
) returns text
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_json jsonb;
  v_key text;
  v_field text;
  v_required text[];
begin
  if p_credentials is null or btrim(p_credentials, E' \t\r\n') = '' then
    return 'must not be empty';
  end if;
  if octet_length(p_credentials) > 65536 then
    return 'must be at most 64 KiB';
  end if;
  if p_type = 'openai' then
    v_key := p_credentials;
    if p_legacy then
      v_key := btrim(v_key, E' \t\r\n');
      if left(v_key, 1) = '{' then
        v_key := private.json_text(private.json_object_or_null(v_key), 'apiKey', 'api_key', 'key');
      end if;
    end if;
    -- As the app's check (shared/credentials.ts); POSIX regex repetition counts stop at 255.
    if v_key is null or v_key !~ '^sk-[A-Za-z0-9_-]{20,}$' or char_length(v_key) > 303 then
      return 'must be an OpenAI secret key (sk-...)';
    end if;
    return null;
  end if;

  v_json := private.json_object_or_null(p_credentials);
  if v_json is null then
    return format('must be a JSON object for type %s', p_type);
  end if;
  v_required := case p_type
    when 'aws' then array['accessKeyId', 'secretAccessKey']
    when 'azure' then array['tenantId', 'clientId', 'clientSecret']
    when 'google_cloud' then
      array['type', 'project_id', 'client_email', 'private_key_id', 'private_key', 'token_uri']
  end;
  foreach v_field in array v_required loop
    if private.json_text(v_json, variadic case
         when not p_legacy then array[v_field]
         else array[v_field, lower(regexp_replace(v_field, '([a-z])([A-Z])', '\1_\2', 'g')),
                    'aws_' || lower(regexp_replace(v_field, '([a-z])([A-Z])', '\1_\2', 'g'))]
       end) is null then
      return format('must have a non-empty string field %s', v_field);
    end if;
  end loop;
  if p_type = 'aws' then
    if v_json ? 'sessionToken' and jsonb_typeof(v_json -> 'sessionToken') not in ('string', 'null') then
      return 'field sessionToken must be a string';
    end if;
    if private.json_text(v_json, 'accessKeyId', 'access_key_id', 'aws_access_key_id') !~ '^[A-Z0-9]{16,128}$' then
      return 'field accessKeyId must be an AWS access key ID';
    end if;
  elsif p_type = 'google_cloud' then
    if v_json ->> 'type' <> 'service_account' then
      return 'field type must be "service_account"';
    end if;
    if position('PRIVATE KEY-----' in v_json ->> 'private_key') = 0 then
      return 'field private_key must be a PEM private key';
    end if;
    if position('@' in v_json ->> 'client_email') = 0 then
      return 'field client_email must be an e-mail address';
    end if;
  end if;
  return null;
end
$$;

-- Raises 22023 "p_credentials ..." for an unacceptable credential.
create function private.check_credentials(p_type text, p_credentials text) returns void
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_problem text := private.credential_problem(p_type, p_credentials);
begin
  if v_problem is not null then
    perform private.invalid('p_credentials ' || v_problem);
  end if;
end
$$;

-- The non-secret identity shown in the app: sk-…abcd (last 4 characters of the key), the AWS
-- access key ID, "tenant <id> · client <id>", "<client_email> · <project_id>". NULL when it cannot
-- be derived. Tolerates legacy snake_case fields; never raises.
create function private.credential_hint(p_type text, p_credentials text) returns text
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_text text := btrim(coalesce(p_credentials, ''), E' \t\r\n');
  v_json jsonb;
  v_hint text;
begin
  if p_type = 'openai' then
    if left(v_text, 1) = '{' then
      v_text := private.json_text(private.json_object_or_null(v_text), 'apiKey', 'api_key', 'key');
    end if;
    v_hint := case when char_length(v_text) >= 12 then 'sk-…' || right(v_text, 4) end;
  else
    v_json := private.json_object_or_null(v_text);
    v_hint := case p_type
      when 'aws' then
        private.json_text(v_json, 'accessKeyId', 'access_key_id', 'aws_access_key_id', 'AccessKeyId')
      when 'azure' then
        'tenant ' || private.json_text(v_json, 'tenantId', 'tenant_id', 'tenant')
          || ' · client ' || private.json_text(v_json, 'clientId', 'client_id', 'appId', 'app_id')
      when 'google_cloud' then
        private.json_text(v_json, 'client_email') || ' · ' || private.json_text(v_json, 'project_id')
    end;
  end if;
  return left(v_hint, 300);
end
$$;

-- Replaces the credential, and each secret field of a JSON credential, in a text (provider error
-- messages can echo a key) with [REDACTED].
create function private.redact(p_message text, p_credentials text) returns text
  language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_message text := p_message;
  v_json jsonb := private.json_object_or_null(p_credentials);
  v_value text;
begin
  if v_message is null or p_credentials is null then
    return v_message;
  end if;
  v_message := replace(v_message, p_credentials, '[REDACTED]');
  v_message := replace(v_message, btrim(p_credentials, E' \t\r\n'), '[REDACTED]');
  if v_json is not null then
    for v_value in
      select e.value #>> '{}' from jsonb_each(v_json) as e
       where jsonb_typeof(e.value) = 'string'
         and lower(regexp_replace(e.key, '[^A-Za-z0-9]', '', 'g')) in (
           'secretaccesskey', 'awssecretaccesskey', 'sessiontoken', 'awssessiontoken',
           'clientsecret', 'privatekey', 'privatekeyid', 'apikey')
         and char_length(e.value #>> '{}') >= 8
    loop
      v_message := replace(v_message, v_value, '[REDACTED]');
    end loop;
  end if;
  return v_message;
end
$$;

-- Appends to the audit trail. Details must be non-secret (field names, statuses, versions).
create function private.record_event(
  p_user_id uuid, p_integration_id uuid, p_integration_name text, p_event_type text,
  p_details jsonb default '{}'
) returns void
  language plpgsql volatile security invoker set search_path = ''
as $$
begin
  insert into public.integration_events (user_id, integration_id, integration_name, event_type, details)
  values (p_user_id, p_integration_id, p_integration_name, p_event_type, coalesce(p_details, '{}'));
end
$$;

-- Maps a legacy type (free text in the old table) to a current one; NULL when unknown.
create function private.legacy_type(p_type text) returns text
  language sql immutable security invoker set search_path = ''
as $$
  select case regexp_replace(lower(btrim(coalesce(p_type, ''))), '[\s_-]+', '_', 'g')
    when 'openai' then 'openai'
    when 'open_ai' then 'openai'
    when 'google_cloud' then 'google_cloud'
    when 'googlecloud' then 'google_cloud'
    when 'google' then 'google_cloud'
    when 'gcp' then 'google_cloud'
    when 'gcloud' then 'google_cloud'
    when 'aws' then 'aws'
    when 'amazon' then 'aws'
    when 'amazon_web_services' then 'aws'
    when 'azure' then 'azure'
    when 'microsoft_azure' then 'azure'
    when 'azure_ad' then 'azure'
    when 'entra' then 'azure'
  end
$$;

revoke all on all functions in schema private from public, anon, authenticated, service_role;
