-- public.restore_integration_status: puts back the status an integration had before a
-- connectivity test set it to 'verifying', when that test ends without a result (the user
-- cancelled it, or the app gave it up because the credential could not be read). Writing the old
-- status with update_integration_status would stamp last_verified_at and audit what looks like a
-- verification; this function does neither: last_verified_at stays as it was, and the audit event
-- says it was a restore (details.reason = 'test_cancelled': the test was called off, by the user
-- or by the app).
--
-- Only acts while the status is 'verifying'. Anything else (the test's result, or another
-- device's, already landed; the credentials were rotated; the row was disabled) is left alone,
-- without an error: a late or repeated restore changes nothing.
--
-- Where "the status before verifying" comes from: the audit trail, not a new column.
-- * Every status write goes through the functions of 20261126000500, which hold the row lock
--   (private.lock_own_integration, FOR UPDATE) and append their event in the same transaction, so
--   the events of one integration in id order are exactly its transitions, and
--   update_integration_status records old_status in each. The table is append-only (trigger in
--   20261126000400), so that history cannot be rewritten.
-- * A column would repeat that state, would need update_integration_status (an applied
--   migration's function) redefined to fill it, and would be empty for rows that are already
--   'verifying' when this migration lands; the trail covers those too.
-- * Tests can overlap (two devices, or a crash that left the row 'verifying'): their events go
--   verifying -> verifying. Those are skipped; the status to put back is the old_status of the
--   latest event that ENTERED 'verifying' from another status.
-- * The error message: the event into 'verifying' does not carry it, but the row's message at that
--   moment was set by the latest status-writing event before it. Only a status_changed into
--   'error' records one (already redacted, as stored); created and credentials_updated never set
--   one. A row moved from the legacy table with status 'error' (its 'created' event has no
--   message) is put back to 'error' without a message.
-- * No such event (a row set to 'verifying' by hand): 'unverified', as for any unknown state.
--
-- Security as for the other integration functions (see 20261126000500): SECURITY DEFINER,
-- search_path = '', fully qualified names, EXECUTE for authenticated and service_role only, the
-- caller checked with auth.uid() (42501 "User must be authenticated"; P0002 "Integration not
-- found" for a missing id and equally for another user's).

create function public.restore_integration_status(p_integration_id uuid) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  -- FOR UPDATE: a test result written at the same time waits here (or this waits for it), so the
  -- status check below sees the latest status.
  v_row public.integrations := private.lock_own_integration(p_integration_id, v_user_id);
  v_entry_id bigint;
  v_status text;
  v_message text;
begin
  if v_row.status <> 'verifying' then
    return;
  end if;

  select e.id, e.details ->> 'old_status' into v_entry_id, v_status
    from public.integration_events e
   where e.user_id = v_user_id
     and e.integration_id = v_row.id
     and e.event_type = 'status_changed'
     and e.details ->> 'new_status' = 'verifying'
     and e.details ->> 'old_status' is distinct from 'verifying'
   order by e.id desc
   limit 1;
  if v_status is null or v_status = 'verifying'
     or not (v_status = any (private.integration_statuses())) then
    v_status := 'unverified';
  end if;

  if v_status = 'error' then
    select left(nullif(btrim(e.details ->> 'error_message'), ''), 500) into v_message
      from public.integration_events e
     where e.user_id = v_user_id
       and e.integration_id = v_row.id
       and e.id < v_entry_id
       and e.event_type in ('created', 'credentials_updated', 'status_changed')
     order by e.id desc
     limit 1;
  end if;

  update public.integrations i
     set status = v_status,
         error_message = v_message,
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'status_changed',
    jsonb_strip_nulls(jsonb_build_object(
      'old_status', v_row.status, 'new_status', v_status, 'error_message', v_message,
      'reason', 'test_cancelled')));
end
$$;

revoke all on function public.restore_integration_status(uuid) from public, anon;
grant execute on function public.restore_integration_status(uuid) to authenticated, service_role;
