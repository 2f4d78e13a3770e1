-- "Last test" and "last passing test" kept apart (issue #14 §3).
--
-- Why: `last_verified_at` is stamped by every test result, passed or failed (update_integration_status
-- with 'connected' or 'error'), so a row in Error read "last verified: now" as if its key worked. It
-- keeps that meaning (the time of the last test, whatever its result; other clients read it), and
-- `last_test_passed_at` is the time of the last test that PASSED, so a list can show both and a
-- user can tell a key that failed a minute ago from one that has not worked for a month.
--
-- * integrations.last_test_passed_at, back-filled from the audit trail: the latest
--   status_changed event to 'connected' (a row created before the trail has none: NULL, unknown).
-- * update_integration_status stamps it on 'connected' only; otherwise unchanged from
--   20261204000100 (same signature, so grants and callers stay). restore_integration_status
--   leaves it alone, as it leaves last_verified_at: a restore is not a test.

alter table public.integrations add column last_test_passed_at timestamptz;

comment on column public.integrations.last_verified_at is
  'When the last connection test ended with a result (passed or failed).';
comment on column public.integrations.last_test_passed_at is
  'When the last connection test that passed ended.';

update public.integrations i
   set last_test_passed_at = passed.at
  from (
    select e.integration_id, max(e.created_at) as at
      from public.integration_events e
     where e.event_type = 'status_changed'
       and e.details ->> 'new_status' = 'connected'
     group by e.integration_id
  ) passed
 where passed.integration_id = i.id;

create or replace function public.update_integration_status(
  p_integration_id uuid, p_status text, p_error_message text default null,
  p_error_code text default null
) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations;
  v_message text;
  v_code text;
begin
  if p_status is null or not (p_status = any (private.integration_statuses())) then
    perform private.invalid(
      'p_status must be one of unverified, verifying, connected, error, disabled');
  end if;
  if char_length(p_error_message) > 500 then
    perform private.invalid('p_error_message must be at most 500 characters');
  end if;
  if p_error_code is not null and p_error_code !~ '^[a-z][a-z0-9_]{0,63}$' then
    perform private.invalid('p_error_code must be a lower-case code of at most 64 characters');
  end if;
  v_row := private.lock_own_integration(p_integration_id, v_user_id);
  -- Kept only for "error". A message from an older client can still quote a key: redact it.
  if p_status = 'error' then
    v_code := p_error_code;
    if nullif(btrim(p_error_message), '') is not null then
      v_message := left(private.redact(
        btrim(p_error_message),
        (select s.decrypted_secret from vault.decrypted_secrets s where s.id = v_row.secret_id)), 500);
    end if;
  end if;
  update public.integrations i
     set status = p_status,
         error_message = v_message,
         error_code = v_code,
         last_verified_at = case when p_status in ('connected', 'error') then now() else i.last_verified_at end,
         last_test_passed_at = case when p_status = 'connected' then now() else i.last_test_passed_at end,
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'status_changed',
    jsonb_strip_nulls(jsonb_build_object(
      'old_status', v_row.status, 'new_status', p_status, 'error_message', v_message,
      'error_code', v_code)));
end
$$;
