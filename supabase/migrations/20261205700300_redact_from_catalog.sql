-- private.redact reads the secret field names from the provider catalog (issue #11).
--
-- Before, redact kept its own list of secret JSON field names, written into its body; a new
-- provider with a new secret field would have needed a migration redefining it. Now each catalog
-- row lists its provider's secret fields (the descriptor's `secretFields`, under current and legacy
-- names; test/db/provider-catalog.test.ts compares them), and redact replaces the value of any
-- string field whose normalized name (letters and digits, lower case) is one of them, in any
-- provider's credential. The union of the rows below holds every name the old list had
-- (secretaccesskey, awssecretaccesskey, sessiontoken, awssessiontoken, clientsecret, privatekey,
-- privatekeyid, apikey), so nothing that was redacted stops being redacted.
--
-- redact now reads a table, so it (and config_problem, which calls it) is STABLE, not IMMUTABLE.

alter table private.provider_catalog add column secret_fields text[] not null default '{}';

update private.provider_catalog c
   set secret_fields = v.fields
  from (values
    ('openai', array['apiKey', 'api_key', 'key']),
    ('google_cloud', array['private_key', 'privateKey', 'private_key_id']),
    ('aws', array['secretAccessKey', 'secret_access_key', 'aws_secret_access_key', 'sessionToken',
                  'session_token', 'aws_session_token']),
    ('azure', array['clientSecret', 'client_secret']),
    ('openai_compatible', array['apiKey', 'api_key', 'key']),
    ('anthropic', array['apiKey', 'api_key', 'key']),
    ('gemini', array['apiKey', 'api_key', 'key']),
    ('mistral', array['apiKey', 'api_key', 'key']),
    ('azure_openai', array['apiKey', 'api_key', 'key'])
  ) as v(type, fields)
 where c.type = v.type;

-- The normalized secret field names of every provider.
create function private.secret_field_names() returns text[]
  language sql stable security invoker set search_path = ''
as $$
  select coalesce(array_agg(distinct lower(regexp_replace(f, '[^A-Za-z0-9]', '', 'g'))), '{}')
    from private.provider_catalog c, unnest(c.secret_fields) as f
$$;

-- Replaces the credential, and each secret field of a JSON credential, in a text (provider error
-- messages can echo a key) with [REDACTED].
create or replace function private.redact(p_message text, p_credentials text) returns text
  language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_message text := p_message;
  v_json jsonb := private.json_object_or_null(p_credentials);
  v_names text[] := private.secret_field_names();
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
         and lower(regexp_replace(e.key, '[^A-Za-z0-9]', '', 'g')) = any (v_names)
         and char_length(e.value #>> '{}') >= 8
    loop
      v_message := replace(v_message, v_value, '[REDACTED]');
    end loop;
  end if;
  return v_message;
end
$$;

alter function private.config_problem(jsonb, text) stable;

revoke all on function private.secret_field_names() from public, anon, authenticated, service_role;
revoke all on function private.redact(text, text) from public, anon, authenticated, service_role;
