-- public.integration_events: append-only audit trail of what happened to each integration.
-- integration_id has no foreign key on purpose: the trail outlives the integration. Details are
-- non-secret (changed field names, statuses, credentials_version, an error message that was
-- redacted before it was stored).

create table public.integration_events (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  integration_id uuid,
  integration_name text,
  event_type text not null
    constraint integration_events_event_type_check check (event_type in (
      'created', 'updated', 'credentials_updated', 'credentials_read', 'status_changed', 'deleted')),
  details jsonb not null default '{}'
    constraint integration_events_details_object check (jsonb_typeof(details) = 'object'),
  created_at timestamptz not null default now()
);

comment on table public.integration_events is
  'Append-only audit trail of integration changes; written only by the integration functions.';

create index integration_events_user_integration_created_idx
  on public.integration_events (user_id, integration_id, created_at desc);

-- Append-only even for the owner: rows can be neither changed nor removed, except by the cascade
-- when their user is deleted (the account and its data go together). The user row is already
-- gone when the cascade's DELETE reaches this trigger.
create function private.integration_events_append_only() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    if not exists (select 1 from auth.users u where u.id = old.user_id) then
      return old;
    end if;
  end if;
  raise exception 'integration_events is append-only' using errcode = '42501';
end
$$;
revoke all on function private.integration_events_append_only() from public, anon, authenticated, service_role;

create trigger integration_events_append_only
  before update or delete on public.integration_events
  for each row execute function private.integration_events_append_only();

create trigger integration_events_no_truncate
  before truncate on public.integration_events
  for each statement execute function private.integration_events_append_only();

alter table public.integration_events enable row level security;
do $$
begin
  -- As for integrations: FORCE only where the owner (who runs the functions) bypasses RLS.
  if (select rolbypassrls from pg_roles where rolname = current_user) then
    alter table public.integration_events force row level security;
  end if;
end
$$;

create policy "Users can read their own integration events"
  on public.integration_events for select to authenticated
  using (user_id = (select auth.uid()));

revoke all on table public.integration_events from public, anon, authenticated, service_role;
revoke all on sequence public.integration_events_id_seq from public, anon, authenticated, service_role;
grant select on table public.integration_events to authenticated, service_role;
