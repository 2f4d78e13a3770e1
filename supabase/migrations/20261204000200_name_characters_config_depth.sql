-- Names that cannot spoof a dialog, and config that cannot nest without end.
--
-- 1. An integration name is shown in the app's lists, its dialogs and the delete confirmation. A
--    name with a bidirectional override (U+202E turns "gpj.exe" into "exe.jpg"), an isolate, a
--    zero-width or another invisible format character (Unicode category Cf) can make one name read
--    as another, so such names are refused here as in the app (shared/text-safety.ts), for every
--    client holding the user's token. Line and paragraph separators (U+2028, U+2029) and the C1
--    controls break a line just as well, so they go too.
-- 2. `config` is non-secret settings: a handful of flat values. A limit on its nesting depth (8,
--    the same as the app's) keeps a client from storing structures that later readers (the app,
--    audit tooling, jsonb_path queries) must walk without end.
--
-- Only the helpers change (CREATE OR REPLACE, same signatures and behaviour otherwise), so every
-- function that calls them, including later redefinitions, gets the new checks.

-- True when the text holds a character that is invisible or changes the text's direction: the C0
-- and C1 controls, the line and paragraph separators, and every Unicode format character (Cf, as
-- of Unicode 17). Postgres regular expressions know no Unicode categories, so the ranges are
-- listed; test/db/name-characters.test.ts compares them with JavaScript's \p{Cf} over every code
-- point, so a stale list fails there.
create function private.has_invisible_characters(p_text text) returns boolean
  language sql immutable security invoker set search_path = ''
as $$
  select p_text ~ ('[\u0001-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F'
    || '\u0890-\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F'
    || '\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3'
    || '\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]')
$$;

-- As before, and now also refusing invisible and direction-changing characters.
create or replace function private.checked_name(p_name text) returns text
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
  if private.has_invisible_characters(v_name) then
    perform private.invalid('p_name must not contain invisible or direction-changing characters');
  end if;
  return v_name;
end
$$;

-- True when containers nest more than 8 deep: `{}` is 1 deep, `{"a":{}}` 2, `{"a":[{}]}` 3.
-- `.**{n}` visits the values n levels below the root, through objects and arrays alike, so a
-- container found 8 or more levels down is the ninth or deeper. (jsonpath takes no variable as a
-- level, hence the literal.)
create function private.config_too_deep(p_config jsonb) returns boolean
  language sql immutable security invoker set search_path = ''
as $$
  select jsonb_path_exists(
    p_config, 'strict $.**{8 to last} ? (@.type() == "object" || @.type() == "array")')
$$;

-- As before (a JSON object of at most 16 KiB, no key that names a secret, not the credential
-- itself), and now nested at most 8 levels deep, the config object itself being the first.
create or replace function private.config_problem(p_config jsonb, p_credentials text default null)
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
  if private.config_too_deep(p_config) then
    return 'p_config must be nested at most 8 levels deep';
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

revoke all on function private.has_invisible_characters(text) from public, anon, authenticated, service_role;
revoke all on function private.config_too_deep(jsonb) from public, anon, authenticated, service_role;
