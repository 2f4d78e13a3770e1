-- Local test support, NOT a migration: the part of schema `realtime` that a hosted project has
-- before its migrations run and that Broadcast from the database needs: realtime.messages (RLS on,
-- policies decide who may join a private channel), realtime.topic(), realtime.send() and
-- realtime.broadcast_changes(). Run as the cluster superuser by supabase/local/database-setup.ts,
-- once per database (skipped when realtime.messages exists, e.g. under `supabase start`).
--
-- Source: supabase/realtime lib/realtime/tenants/repo/migrations/20260420000000_squash_migrations.ex
-- (create_role, create_base_functions, create_tables, configure_grants, configure_rls) and
-- 20260630120000_restrict_realtime_schema.ex (ownership by supabase_realtime_admin). Left out:
-- everything Postgres Changes needs (realtime.subscription, apply_rls, list_changes), presence,
-- and the daily partitions of realtime.messages (one plain table here; Realtime's janitor drops
-- old partitions there, nothing does here: test databases are thrown away).

do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_realtime_admin') then
    create role supabase_realtime_admin with noinherit nologin noreplication;
  end if;
end
$$;
-- The squash migration grants the role to postgres, which is how a project's migrations may add
-- policies to realtime.messages (newer images do it through supautils' policy_grants instead).
grant supabase_realtime_admin to postgres;

create schema if not exists realtime;

create table realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp without time zone default now() not null,
  inserted_at timestamp without time zone default now() not null,
  id uuid default gen_random_uuid() not null,
  constraint messages_pkey primary key (id, inserted_at)
);
create index messages_inserted_at_topic_index on realtime.messages (inserted_at desc, topic)
  where extension = 'broadcast' and private is true;

-- The channel being authorized, set by Realtime (and by the local stand-in) before it reads
-- realtime.messages as the joining user; policies compare it with the topic they allow.
create function realtime.topic() returns text
  language sql stable
as $$
  select nullif(current_setting('realtime.topic', true), '')::text;
$$;

-- SECURITY INVOKER, as in Realtime: the caller needs INSERT on realtime.messages and must pass its
-- RLS (the project's trigger functions run as postgres, which bypasses RLS). A failure is only a
-- WARNING, so a broadcast never breaks the write that triggered it.
create function realtime.send(payload jsonb, event text, topic text, private boolean default true)
  returns void
  language plpgsql
as $$
declare
  generated_id uuid;
  final_payload jsonb;
begin
  begin
    generated_id := gen_random_uuid();
    if payload ? 'id' then
      final_payload := payload;
    else
      final_payload := jsonb_set(payload, '{id}', to_jsonb(generated_id));
    end if;
    execute format('SET LOCAL realtime.topic TO %L', topic);
    insert into realtime.messages (id, payload, event, topic, private, extension)
    values (generated_id, final_payload, event, topic, private, 'broadcast');
  exception
    when others then
      raise warning 'ErrorSendingBroadcastMessage: %', sqlerrm;
  end;
end;
$$;

create function realtime.broadcast_changes(
  topic_name text, event_name text, operation text, table_name text, table_schema text,
  new record, old record, level text default 'ROW'
) returns void
  language plpgsql
as $$
declare
  row_data jsonb := '{}'::jsonb;
begin
  if level = 'STATEMENT' then
    raise exception 'function can only be triggered for each row, not for each statement';
  end if;
  if operation = 'INSERT' or operation = 'UPDATE' or operation = 'DELETE' then
    row_data := jsonb_build_object('old_record', old, 'record', new, 'operation', operation,
      'table', table_name, 'schema', table_schema);
    perform realtime.send(row_data, event_name, topic_name);
  else
    raise exception 'Unexpected operation type: %', operation;
  end if;
exception
  when others then
    raise exception 'Failed to process the row: %', sqlerrm;
end;
$$;

alter table realtime.messages owner to supabase_realtime_admin;
alter function realtime.topic() owner to supabase_realtime_admin;
alter function realtime.send(jsonb, text, text, boolean) owner to supabase_realtime_admin;
alter function realtime.broadcast_changes(text, text, text, text, text, record, record, text)
  owner to supabase_realtime_admin;

grant usage on schema realtime to postgres, anon, authenticated, service_role, supabase_realtime_admin;
grant create on schema realtime to supabase_realtime_admin;
grant all on all tables in schema realtime to supabase_realtime_admin;
grant all on all functions in schema realtime to supabase_realtime_admin;
grant select, insert, update on realtime.messages to postgres, anon, authenticated, service_role;
grant delete, truncate, references, trigger on realtime.messages to postgres;

alter table realtime.messages enable row level security;

-- Stand-in only: hosted Realtime reads new rows of realtime.messages from the WAL (publication
-- supabase_realtime_messages_publication, lib/realtime/tenants/replication_connection.ex); the
-- local API LISTENs instead. NOTIFY is delivered at commit, in commit order, and never for a
-- rolled-back insert (such as Realtime's own authorization probe), as the WAL would be. Only the
-- row's key goes in the notification (its payload limit is 8000 bytes); the listener reads it.
create schema realtime_stand_in;
revoke all on schema realtime_stand_in from public;

create function realtime_stand_in.notify_message() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  perform pg_catalog.pg_notify('realtime_stand_in_messages',
    pg_catalog.json_build_object('id', new.id, 'inserted_at', new.inserted_at)::text);
  return null;
end
$$;
revoke all on function realtime_stand_in.notify_message() from public;

create trigger stand_in_notify_message
  after insert on realtime.messages
  for each row when (new.extension = 'broadcast')
  execute function realtime_stand_in.notify_message();
