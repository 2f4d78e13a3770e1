-- Moves the rows of the legacy plaintext table (set aside as private.legacy_integrations by
-- 20261126000300; absent on a fresh project, where this does nothing) into public.integrations,
-- each credential into Vault, then drops the legacy table: its files, plaintext included, are
-- removed at commit (a dropped COLUMN would linger in the table's pages until rewritten).
--
-- Decisions (tested in test/db/legacy-upgrade.test.ts):
-- * Nothing is dropped silently. A row without user, with a type that maps to none of openai,
--   google_cloud, aws, azure, or without a credential stops the upgrade with a message naming the
--   row ids (20261126000300 checks before touching anything; checked again here).
-- * Types: common aliases map (google, gcp, gcloud -> google_cloud; amazon -> aws; ...).
-- * Names: whitespace trimmed, control characters replaced by spaces, at most 100 characters, an
--   empty name becomes the provider's name. Per user, case-insensitive duplicates keep the first
--   name (by created_at, id) and the others get " (2)", " (3)", ... Names that are already unique
--   are never renamed.
-- * The credential text is moved to Vault exactly as stored. Its hint is derived tolerating
--   snake_case fields. A credential that fails today's format check is still moved, with status
--   'error' and an error_message asking the user to update it (the app shows that).
-- * ids, created_at and updated_at are kept; credentials_migrated = true; a 'created' audit event
--   with details.source = 'legacy_plaintext' records each move.

do $$
declare
  v_row record;
  v_problems text;
  v_type text;
  v_base text;
  v_name text;
  v_suffix text;
  v_n integer;
  v_id uuid;
  v_secret_id uuid;
  v_problem text;
  v_count integer := 0;
begin
  if to_regclass('private.legacy_integrations') is null then
    return;
  end if;

  select string_agg(format('%s (%s)', coalesce(id::text, 'no id'), problem), '; ') into v_problems
    from (
      select l.id, case
          when l.user_id is null then 'no user_id'
          when private.legacy_type(l.type) is null then format('unknown type %L', l.type)
          when l.credentials is null or btrim(l.credentials, E' \t\r\n') = '' then 'no credentials'
        end as problem
        from private.legacy_integrations l
    ) as rows
   where problem is not null;
  if v_problems is not null then
    raise exception 'legacy integrations that cannot be migrated: %', left(v_problems, 2000)
      using hint = 'Fix or delete these rows in private.legacy_integrations, then run the migrations again.';
  end if;

  for v_row in
    with normalized as (
      select l.*, private.legacy_type(l.type) as new_type,
             nullif(private.normalize_name(regexp_replace(coalesce(l.name, ''), '[[:cntrl:]]', ' ', 'g')), '')
               as clean_name
        from private.legacy_integrations l
    ), named as (
      select n.*, btrim(left(coalesce(n.clean_name, case n.new_type
               when 'openai' then 'OpenAI' when 'google_cloud' then 'Google Cloud'
               when 'aws' then 'AWS' else 'Azure' end), 100)) as base_name
        from normalized n
    )
    select ranked.* from (
      select named.*, row_number() over (
               partition by named.user_id, lower(named.base_name)
               order by named.created_at nulls last, named.id) as rank
        from named
    ) as ranked
    -- Names that are unique already go first, so they are never the ones renamed.
    order by ranked.rank > 1, ranked.created_at nulls last, ranked.id
  loop
    v_type := v_row.new_type;
    v_base := v_row.base_name;
    v_name := v_base;
    v_n := 1;
    while exists (
      select 1 from public.integrations i where i.user_id = v_row.user_id and lower(i.name) = lower(v_name)
    ) loop
      v_n := v_n + 1;
      v_suffix := format(' (%s)', v_n);
      v_name := btrim(left(v_base, 100 - char_length(v_suffix))) || v_suffix;
    end loop;

    v_id := coalesce(v_row.id, gen_random_uuid());
    v_problem := private.credential_problem(v_type, v_row.credentials, true);
    v_secret_id := vault.create_secret(v_row.credentials, 'integration:' || v_id,
                                       'Aterges integration credential');
    insert into public.integrations (
      id, user_id, name, type, secret_id, status, error_message, credential_hint,
      credentials_migrated, created_at, updated_at)
    values (
      v_id, v_row.user_id, v_name, v_type, v_secret_id,
      case when v_problem is null then 'unverified' else 'error' end,
      case when v_problem is not null then left(format(
        'The credentials moved from the old table are not in the expected %s format (they %s). Update them.',
        v_type, v_problem), 500) end,
      private.credential_hint(v_type, v_row.credentials),
      true, coalesce(v_row.created_at, now()), coalesce(v_row.updated_at, v_row.created_at, now()));
    perform private.record_event(v_row.user_id, v_id, v_name, 'created', jsonb_strip_nulls(jsonb_build_object(
      'type', v_type, 'source', 'legacy_plaintext', 'credentials_version', 1,
      'status', case when v_problem is null then 'unverified' else 'error' end,
      'renamed_from', case when v_name is distinct from v_row.name then v_row.name end,
      'type_from', case when v_type is distinct from v_row.type then v_row.type end)));
    v_count := v_count + 1;
  end loop;

  drop table private.legacy_integrations;
  raise notice 'moved % legacy integration credentials into Vault', v_count;
end
$$;
