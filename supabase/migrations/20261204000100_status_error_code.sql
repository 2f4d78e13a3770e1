-- A machine code for a failed test, beside the short English message.
--
-- Why (issues #9 and #10): the desktop app shows the reason for an error in the user's language
-- from a code, and shows no provider text at all (provider text can quote what the request carried
-- next to key material). `integrations.error_code` holds that code (the app's ConnectionTestReason
-- values, shared/connection-test.ts; other clients may write their own codes of the same shape);
-- `error_message` stays a short English sentence for clients that have no catalog.
--
-- * update_integration_status gains p_error_code (default NULL keeps every existing call valid;
--   the three-argument form is dropped and recreated, PostgREST calls by name). Like the message,
--   the code is kept only with status 'error', and is recorded in the audit event.
-- * restore_integration_status puts the code back together with the message (both from the
--   event that last set them).

alter table public.integrations
  add column error_code text
    constraint integrations_error_code_shape check (error_code ~ '^[a-z][a-z0-9_]{0,63}$')
    constraint integrations_error_code_only_on_error check (error_code is null or status = 'error');

drop function public.update_integration_status(uuid, text, text);

create function public.update_integration_status(
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
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'status_changed',
    jsonb_strip_nulls(jsonb_build_object(
      'old_status', v_row.status, 'new_status', p_status, 'error_message', v_message,
      'error_code', v_code)));
end
$$;

revoke all on function public.update_integration_status(uuid, text, text, text) from public, anon;
grant execute on function public.update_integration_status(uuid, text, text, text)
  to authenticated, service_role;

-- As in 20261126000700, plus the error code (see the header there for how the status to put back
-- is found in the audit trail).
create or replace function public.restore_integration_status(p_integration_id uuid) returns void
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations := private.lock_own_integration(p_integration_id, v_user_id);
  v_entry_id bigint;
  v_status text;
  v_message text;
  v_code text;
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
    select left(nullif(btrim(e.details ->> 'error_message'), ''), 500),
           case when e.details ->> 'error_code' ~ '^[a-z][a-z0-9_]{0,63}$'
                then e.details ->> 'error_code' end
      into v_message, v_code
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
         error_code = v_code,
         updated_at = now()
   where i.id = v_row.id;
  perform private.record_event(v_user_id, v_row.id, v_row.name, 'status_changed',
    jsonb_strip_nulls(jsonb_build_object(
      'old_status', v_row.status, 'new_status', v_status, 'error_message', v_message,
      'error_code', v_code, 'reason', 'test_cancelled')));
end
$$;
