-- The app asks which schema its project has, so an app newer than the database can say "this
-- project needs updating" (issue #12 §4) instead of failing on a missing function.
--
-- * public.app_schema_version() returns the newest version recorded in the Supabase CLI's
--   migration history (supabase_migrations.schema_migrations, written by `supabase db push` and
--   by the app's "Preparar proyecto"), or null when there is no history (a schema pasted into the
--   SQL editor). The table is looked up at call time: it may not exist when this runs.
-- * Signed-in users only: a version is harmless, but nothing here is for the anonymous key.

create function public.app_schema_version()
returns text
  language plpgsql stable security definer set search_path = ''
as $$
declare
  v_version text;
begin
  if to_regclass('supabase_migrations.schema_migrations') is null then
    return null;
  end if;
  execute 'select max(version) from supabase_migrations.schema_migrations' into v_version;
  return v_version;
end;
$$;

revoke all on function public.app_schema_version() from public, anon;
grant execute on function public.app_schema_version() to authenticated, service_role;
