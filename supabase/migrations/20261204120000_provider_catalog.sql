-- One place in the database for what it knows about each provider (issue #11).
--
-- Before, adding a provider meant a check constraint and five helpers with the types written into
-- their bodies (integration_types, check_type, credential_problem, credential_hint, legacy_type,
-- bound_config_keys). Now each provider is one row of private.provider_catalog, the helpers read
-- it, and integrations.type is a foreign key to it: a new provider is a migration that inserts one
-- row. The app keeps the same facts in its descriptors (shared/providers/<id>.ts);
-- test/db/provider-catalog.test.ts compares the two.
--
-- The rules stay those of the previous helpers, message for message:
-- * stored_as 'bare_key': the credential text is the key itself (a JSON-wrapped key is read for
--   legacy rows); it must match key_pattern and be at most key_max_length characters, else
--   "must be <key_problem>".
-- * stored_as 'json': a JSON object with a non-empty string in each of required_fields (with
--   p_legacy, also under snake_case and aws_ snake_case names), optional_string_fields string or
--   null when present, then each field_rules entry {field, pattern, problem} in order.
-- * hint_template: {a|b|c} is replaced by the first non-empty field of that list, {last4} by the
--   key's last 4 characters (bare keys of at least 12 characters); any missing part makes the
--   hint NULL, as the old concatenations did.

create table private.provider_catalog (
  type text primary key constraint provider_catalog_type_shape check (type ~ '^[a-z][a-z0-9_]{1,31}$'),
  position integer not null unique,
  stored_as text not null constraint provider_catalog_stored_as check (stored_as in ('bare_key', 'json')),
  key_pattern text,
  key_max_length integer,
  key_problem text,
  required_fields text[] not null default '{}',
  optional_string_fields text[] not null default '{}',
  field_rules jsonb not null default '[]' constraint provider_catalog_field_rules check (jsonb_typeof(field_rules) = 'array'),
  bound_config_keys text[] not null default '{}',
  legacy_type_names text[] not null default '{}',
  hint_template text not null,
  constraint provider_catalog_bare_key_rule check (
    stored_as <> 'bare_key' or (key_pattern is not null and key_max_length is not null and key_problem is not null))
);
revoke all on private.provider_catalog from public, anon, authenticated, service_role;

insert into private.provider_catalog
  (type, position, stored_as, key_pattern, key_max_length, key_problem, required_fields,
   optional_string_fields, field_rules, bound_config_keys, legacy_type_names, hint_template)
values
  -- POSIX regex repetition counts stop at 255: the length is checked apart.
  ('openai', 1, 'bare_key', '^sk-[A-Za-z0-9_-]{20,}$', 303, 'an OpenAI secret key (sk-...)', '{}',
   '{}', '[]', array['baseUrl', 'organization', 'project'], array['openai', 'open_ai'],
   'sk-…{last4}'),
  ('google_cloud', 2, 'json', null, null, null,
   array['type', 'project_id', 'client_email', 'private_key_id', 'private_key', 'token_uri'], '{}',
   '[{"field": "type", "pattern": "^service_account$", "problem": "must be \"service_account\""},
     {"field": "private_key", "pattern": "PRIVATE KEY-----", "problem": "must be a PEM private key"},
     {"field": "client_email", "pattern": "@", "problem": "must be an e-mail address"}]',
   '{}', array['google_cloud', 'googlecloud', 'google', 'gcp', 'gcloud'],
   '{client_email} · {project_id}'),
  ('aws', 3, 'json', null, null, null, array['accessKeyId', 'secretAccessKey'], array['sessionToken'],
   '[{"field": "accessKeyId", "pattern": "^[A-Z0-9]{16,128}$", "problem": "must be an AWS access key ID"}]',
   array['region'], array['aws', 'amazon', 'amazon_web_services'],
   '{accessKeyId|access_key_id|aws_access_key_id|AccessKeyId}'),
  ('azure', 4, 'json', null, null, null, array['tenantId', 'clientId', 'clientSecret'], '{}', '[]',
   array['authorityHost'], array['azure', 'microsoft_azure', 'azure_ad', 'entra'],
   'tenant {tenantId|tenant_id|tenant} · client {clientId|client_id|appId|app_id}');

-- The type list now lives in one table; the column refers to it.
alter table public.integrations drop constraint integrations_type_check;
alter table public.integrations
  add constraint integrations_type_fkey foreign key (type) references private.provider_catalog (type);

create or replace function private.integration_types() returns text[]
  language sql stable security invoker set search_path = ''
as $$ select coalesce(array_agg(type order by position), '{}') from private.provider_catalog $$;

create or replace function private.check_type(p_type text) returns void
  language plpgsql stable security invoker set search_path = ''
as $$
begin
  if p_type is null or not (p_type = any (private.integration_types())) then
    perform private.invalid('p_type must be one of ' || array_to_string(private.integration_types(), ', '));
  end if;
end
$$;

create or replace function private.bound_config_keys(p_type text) returns text[]
  language sql stable security invoker set search_path = ''
as $$
  select coalesce((select bound_config_keys from private.provider_catalog where type = p_type), '{}')
$$;

create or replace function private.legacy_type(p_type text) returns text
  language sql stable security invoker set search_path = ''
as $$
  select type from private.provider_catalog
   where regexp_replace(lower(btrim(coalesce(p_type, ''))), '[\s_-]+', '_', 'g') = any (legacy_type_names)
$$;

-- The names a JSON field may have: its own, and with p_legacy the snake_case forms older rows used.
create function private.field_names(p_field text, p_legacy boolean) returns text[]
  language sql immutable security invoker set search_path = ''
as $$
  select case when not p_legacy then array[p_field]
    else array[p_field, lower(regexp_replace(p_field, '([a-z])([A-Z])', '\1_\2', 'g')),
               'aws_' || lower(regexp_replace(p_field, '([a-z])([A-Z])', '\1_\2', 'g'))]
  end
$$;

create or replace function private.credential_problem(
  p_type text, p_credentials text, p_legacy boolean default false
) returns text
  language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_provider private.provider_catalog;
  v_json jsonb;
  v_key text;
  v_field text;
  v_rule jsonb;
begin
  if p_credentials is null or btrim(p_credentials, E' \t\r\n') = '' then
    return 'must not be empty';
  end if;
  if octet_length(p_credentials) > 65536 then
    return 'must be at most 64 KiB';
  end if;
  select * into v_provider from private.provider_catalog where type = p_type;
  if not found then
    return 'is for an unknown type';
  end if;
  if v_provider.stored_as = 'bare_key' then
    v_key := p_credentials;
    if p_legacy then
      v_key := btrim(v_key, E' \t\r\n');
      if left(v_key, 1) = '{' then
        v_key := private.json_text(private.json_object_or_null(v_key), 'apiKey', 'api_key', 'key');
      end if;
    end if;
    if v_key is null or v_key !~ v_provider.key_pattern
       or char_length(v_key) > v_provider.key_max_length then
      return 'must be ' || v_provider.key_problem;
    end if;
    return null;
  end if;

  v_json := private.json_object_or_null(p_credentials);
  if v_json is null then
    return format('must be a JSON object for type %s', p_type);
  end if;
  foreach v_field in array v_provider.required_fields loop
    if private.json_text(v_json, variadic private.field_names(v_field, p_legacy)) is null then
      return format('must have a non-empty string field %s', v_field);
    end if;
  end loop;
  foreach v_field in array v_provider.optional_string_fields loop
    if v_json ? v_field and jsonb_typeof(v_json -> v_field) not in ('string', 'null') then
      return format('field %s must be a string', v_field);
    end if;
  end loop;
  for v_rule in select r from jsonb_array_elements(v_provider.field_rules) as r loop
    if private.json_text(v_json, variadic private.field_names(v_rule ->> 'field', p_legacy))
       !~ (v_rule ->> 'pattern') then
      return format('field %s %s', v_rule ->> 'field', v_rule ->> 'problem');
    end if;
  end loop;
  return null;
end
$$;

create or replace function private.check_credentials(p_type text, p_credentials text) returns void
  language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_problem text := private.credential_problem(p_type, p_credentials);
begin
  if v_problem is not null then
    perform private.invalid('p_credentials ' || v_problem);
  end if;
end
$$;

create or replace function private.credential_hint(p_type text, p_credentials text) returns text
  language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_provider private.provider_catalog;
  v_text text := btrim(coalesce(p_credentials, ''), E' \t\r\n');
  v_json jsonb;
  v_hint text;
  v_literals text[];
  v_part text[];
  v_value text;
  v_index integer := 1;
begin
  select * into v_provider from private.provider_catalog where type = p_type;
  if not found then
    return null;
  end if;
  if v_provider.stored_as = 'bare_key' then
    if left(v_text, 1) = '{' then
      v_text := private.json_text(private.json_object_or_null(v_text), 'apiKey', 'api_key', 'key');
    end if;
    if v_text is null or char_length(v_text) < 12 then
      return null;
    end if;
    v_hint := replace(v_provider.hint_template, '{last4}', right(v_text, 4));
  else
    -- Left to right, literal text and fields in turn, so a field's value is never read as a
    -- placeholder.
    v_json := private.json_object_or_null(v_text);
    v_literals := regexp_split_to_array(v_provider.hint_template, '\{[A-Za-z0-9_|]+\}');
    v_hint := v_literals[1];
    for v_part in select regexp_matches(v_provider.hint_template, '\{([A-Za-z0-9_|]+)\}', 'g') loop
      v_value := private.json_text(v_json, variadic string_to_array(v_part[1], '|'));
      if v_value is null then
        return null;
      end if;
      v_index := v_index + 1;
      v_hint := v_hint || v_value || v_literals[v_index];
    end loop;
  end if;
  return left(v_hint, 300);
end
$$;

revoke all on all functions in schema private from public, anon, authenticated, service_role;
