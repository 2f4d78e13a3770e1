-- Live sync (issue #15): every change of a user's integrations, and every new audit event, is
-- broadcast on the private Realtime channel `user:<user id>:integrations`, and only that user may
-- join it.
--
-- Broadcast from the database rather than Postgres Changes, as Supabase recommends for scale
-- (https://supabase.com/docs/guides/realtime/subscribing-to-database-changes): Postgres Changes
-- checks every change against every subscriber's RLS on the database, one by one, and sends the
-- key of a deleted row to every subscriber of the table without any RLS check. Here the trigger
-- writes one row to realtime.messages per change, Realtime fans it out to the topic's sockets, and
-- RLS on realtime.messages is checked once per join (and per token refresh).
--
-- The payloads hold what the user's own SELECT on the tables shows, minus user_id and secret_id:
-- never a credential, never a Vault id.

-- Runs as its owner (postgres, BYPASSRLS): the writer may be any role (a SECURITY DEFINER
-- function, the cascade of a user's deletion), and realtime.messages lets no API role insert.
-- realtime.send only warns on failure, so a broadcast never breaks the write.
create function private.broadcast_integration_change() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  v_row public.integrations;
  v_record jsonb;
begin
  if tg_op = 'DELETE' then
    v_row := old;
  else
    v_row := new;
    v_record := jsonb_build_object(
      'id', v_row.id,
      'name', v_row.name,
      'type', v_row.type,
      'status', v_row.status,
      'error_message', v_row.error_message,
      'error_code', v_row.error_code,
      'config', v_row.config,
      'credential_hint', v_row.credential_hint,
      'credentials_version', v_row.credentials_version,
      'credentials_migrated', v_row.credentials_migrated,
      'last_used_at', v_row.last_used_at,
      'last_verified_at', v_row.last_verified_at,
      'created_at', v_row.created_at,
      'updated_at', v_row.updated_at);
  end if;
  perform realtime.send(
    jsonb_build_object('operation', tg_op, 'integration_id', v_row.id, 'record', v_record),
    'integration_changed',
    'user:' || v_row.user_id::text || ':integrations',
    true);
  return null;
end
$$;
revoke all on function private.broadcast_integration_change() from public, anon, authenticated, service_role;

create trigger integrations_broadcast
  after insert or update or delete on public.integrations
  for each row execute function private.broadcast_integration_change();

create function private.broadcast_integration_event() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  perform realtime.send(
    jsonb_build_object(
      'operation', tg_op,
      'integration_id', new.integration_id,
      'record', jsonb_build_object(
        'id', new.id,
        'integration_id', new.integration_id,
        'integration_name', new.integration_name,
        'event_type', new.event_type,
        'details', new.details,
        'created_at', new.created_at)),
    'integration_event',
    'user:' || new.user_id::text || ':integrations',
    true);
  return null;
end
$$;
revoke all on function private.broadcast_integration_event() from public, anon, authenticated, service_role;

create trigger integration_events_broadcast
  after insert on public.integration_events
  for each row execute function private.broadcast_integration_event();

-- Who may join a private channel: Realtime inserts a probe row with the channel's topic, sets the
-- joining user's role and claims, and joins only if that user can SELECT the row
-- (supabase/realtime lib/realtime/tenants/authorization.ex). Only the user's own topic passes; no
-- INSERT policy, so no client can broadcast on it (only the triggers above, as postgres).
create policy "Users receive their own integration changes"
  on realtime.messages for select to authenticated
  using (
    realtime.messages.extension = 'broadcast'
    and realtime.messages.topic = 'user:' || (select auth.uid())::text || ':integrations'
  );
