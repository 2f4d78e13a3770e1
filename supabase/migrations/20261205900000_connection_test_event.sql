-- One audit entry per connection test (issue #14 §5).
--
-- Why: a test of a stored key wrote three events (the credential read with purpose 'test', the
-- status change into 'verifying', the status change out of it), so the activity of a key read as
-- three things for one action, and none of them said how long the test took or which device ran it.
--
-- * A new event kind, 'connection_test', written by public.record_connection_test once the test
--   has ended: details.outcome ('passed' | 'failed' | 'cancelled'), latency_ms, error_code (the
--   failure's reason code, never provider text), device (the computer's name, set by the app).
-- * The step events are still written, by the same functions as before: the trail stays a
--   complete, append-only record (restore_integration_status reads it to find the status from
--   before 'verifying'), and other clients that read it see what they saw before.
--   - The status changes of a test (into 'verifying'; out of it into a result, 'connected' or
--     'error', or back by restore_integration_status, details.reason = 'test_cancelled') are
--     marked by integration_events.test_step, a stored generated column (rows written before this
--     migration are marked too). They reveal nothing, and the activity queries leave them out.
--     Disabling a key while a test runs ('verifying' -> 'disabled') is the person's action, not a
--     step.
--   - The credential read of a test (details.purpose = 'test', 20261204150000) is NOT marked: it
--     returned the decrypted key. The activity folds it into its test only when the next
--     connection_test of that integration follows within five minutes with no other test read in
--     between (private.read_covered_by_test, 20261205900100). So a read "for a test" that no test
--     entry follows (anyone holding the user's token can ask for one) is listed and counted as a
--     read, and every hidden read costs one visible test entry.
-- * Tests from before this migration get their connection_test entry from the trail (a result
--   after 'verifying', or a restore), with the result's time and error code, no latency and no
--   device, so the activity's history does not start at the upgrade. The live-sync broadcast is
--   off while they are written: they are history, not news.
-- * Why not one function that runs the whole test: the test itself runs in the app (the provider
--   SDKs), between the read and the result; the database only sees its ends.
--
-- Security as for the other integration functions (20261126000500): SECURITY DEFINER,
-- search_path = '', EXECUTE for authenticated and service_role only, ownership by auth.uid()
-- (P0002 for another user's id, as for a missing one), 22023 naming the parameter for bad input.

alter table public.integration_events
  drop constraint integration_events_event_type_check;
alter table public.integration_events
  add constraint integration_events_event_type_check check (event_type in (
    'created', 'updated', 'credentials_updated', 'credentials_read', 'status_changed', 'deleted',
    'connection_test'));

alter table public.integration_events
  add column test_step boolean not null generated always as (coalesce(
    event_type = 'status_changed' and (
      details ->> 'new_status' = 'verifying'
      or (details ->> 'old_status' = 'verifying'
          and (details ->> 'new_status' in ('connected', 'error')
               or details ->> 'reason' = 'test_cancelled'))),
    false)
  ) stored;

comment on column public.integration_events.test_step is
  'A status change of a connection test (into or out of verifying); the test itself is one '
  'connection_test event. A test''s credential read is not a step (see private.read_covered_by_test).';

create function public.record_connection_test(
  p_integration_id uuid, p_outcome text, p_latency_ms integer,
  p_error_code text default null, p_device text default null
) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations;
  v_device text := nullif(btrim(p_device), '');
begin
  if p_outcome is null or p_outcome not in ('passed', 'failed', 'cancelled') then
    perform private.invalid('p_outcome must be one of passed, failed, cancelled');
  end if;
  if p_latency_ms is null or p_latency_ms < 0 or p_latency_ms > 3600000 then
    perform private.invalid('p_latency_ms must be between 0 and 3600000');
  end if;
  if p_error_code is not null and p_error_code !~ '^[a-z][a-z0-9_]{0,63}$' then
    perform private.invalid('p_error_code must be a lower-case code of at most 64 characters');
  end if;
  -- A name shown to the person in a list: printable, one line, short.
  if v_device is not null and (char_length(v_device) > 64 or v_device ~ '[[:cntrl:]]'
                               or private.has_invisible_characters(v_device)) then
    perform private.invalid('p_device must be one line of at most 64 characters');
  end if;
  select i.* into v_row from public.integrations i
   where i.id = p_integration_id and i.user_id = v_user_id;
  if not found then
    raise exception 'Integration not found' using errcode = 'P0002';
  end if;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'connection_test',
    jsonb_strip_nulls(jsonb_build_object(
      'outcome', p_outcome,
      'latency_ms', p_latency_ms,
      'error_code', case when p_outcome = 'failed' then p_error_code end,
      'device', v_device)));
end
$$;

revoke all on function public.record_connection_test(uuid, text, integer, text, text)
  from public, anon;
grant execute on function public.record_connection_test(uuid, text, integer, text, text)
  to authenticated, service_role;

-- The tests that ran before this migration, from their status changes (see the header).
alter table public.integration_events disable trigger integration_events_broadcast;
insert into public.integration_events
  (user_id, integration_id, integration_name, event_type, details, created_at)
select e.user_id, e.integration_id, e.integration_name, 'connection_test',
       jsonb_strip_nulls(jsonb_build_object(
         'outcome', case when e.details ->> 'reason' = 'test_cancelled' then 'cancelled'
                         when e.details ->> 'new_status' = 'connected' then 'passed'
                         else 'failed' end,
         'error_code', case when e.details ->> 'new_status' = 'error'
                                 and coalesce(e.details ->> 'reason', '') <> 'test_cancelled'
                            then e.details ->> 'error_code' end)),
       e.created_at
  from public.integration_events e
 where e.test_step and e.details ->> 'old_status' = 'verifying'
 order by e.id;
alter table public.integration_events enable trigger integration_events_broadcast;
