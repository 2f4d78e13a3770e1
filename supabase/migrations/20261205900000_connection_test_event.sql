-- One audit entry per connection test (issue #14 §5).
--
-- Why: a test of a stored key wrote three events (the credential read with purpose 'test', the
-- status change into 'verifying', the status change out of it), so the activity of a key read as
-- three things for one action, and none of them said how long the test took or which device ran it.
--
-- * A new event kind, 'connection_test', written by public.record_connection_test once the test
--   has ended: details.outcome ('passed' | 'failed' | 'cancelled'), latency_ms, error_code (the
--   failure's reason code, never provider text), device (the computer's name, set by the app).
-- * The three step events are still written, by the same functions as before: the trail stays a
--   complete, append-only record (restore_integration_status reads it to find the status from
--   before 'verifying'), and other clients that read it see what they saw before. They are marked
--   instead: integration_events.test_step (a stored generated column, so no function had to be
--   redefined and rows written before this migration are marked too), which the activity queries
--   (20261205900100) leave out and their index skips.
--   A step is: the credential read with details.purpose = 'test' (20261204150000); a status change
--   into 'verifying'; a status change out of 'verifying' into a test result ('connected',
--   'error') or back by restore_integration_status (details.reason = 'test_cancelled'). Disabling
--   a key while a test runs ('verifying' -> 'disabled') is the person's action, not a step.
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
    (event_type = 'credentials_read' and details ->> 'purpose' = 'test')
    or (event_type = 'status_changed' and (
      details ->> 'new_status' = 'verifying'
      or (details ->> 'old_status' = 'verifying'
          and (details ->> 'new_status' in ('connected', 'error')
               or details ->> 'reason' = 'test_cancelled')))),
    false)
  ) stored;

comment on column public.integration_events.test_step is
  'A step of a connection test (its credential read, or a status change into or out of verifying); '
  'the test itself is one connection_test event.';

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
  if v_device is not null and (char_length(v_device) > 64 or v_device ~ '[[:cntrl:]]') then
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
