-- Schema `private`: internal helpers (validation, credential hints, audit writing) that the
-- public functions call. PostgREST exposes only the schemas listed in config.toml (api.schemas =
-- public), and no API role gets USAGE here, so nothing in it is reachable over HTTP or from SQL
-- as anon/authenticated.
create schema if not exists private;
revoke all on schema private from public, anon, authenticated, service_role;

-- New functions are executable by PUBLIC unless revoked; make that the default for this schema.
alter default privileges for role postgres in schema private
  revoke execute on functions from public;
