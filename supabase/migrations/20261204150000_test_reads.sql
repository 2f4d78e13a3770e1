-- The app's own connection tests no longer count as "use" of a credential.
--
-- Why (issue #14 §3): users rely on "last used" to find stale keys, but every connection test the
-- desktop app ran read the credential through get_integration_credentials, which stamped
-- last_used_at, so a key nobody uses looked "used just now" after a test.
--
-- * public.get_integration_credentials gains p_purpose text default 'use' ('use' | 'test').
--   'use' behaves exactly as before (stamps last_used_at, records 'credentials_read').
--   'test' returns the same secret, leaves last_used_at alone and records 'credentials_read' with
--   details.purpose = 'test' (same event kind, so the event check and every reader stay valid).
-- * The one-argument form is dropped: PostgREST calls functions by argument names, so a client
--   that sends only p_integration_id (the web app) reaches the new form and its reads still count.

drop function public.get_integration_credentials(uuid);

create function public.get_integration_credentials(p_integration_id uuid, p_purpose text default 'use')
returns text
  language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_row public.integrations;
  v_secret text;
begin
  -- Checked before the row, so an unknown purpose never touches anything.
  if p_purpose is null or p_purpose not in ('use', 'test') then
    raise exception 'Unknown purpose' using errcode = '22023';
  end if;
  v_row := private.lock_own_integration(p_integration_id, v_user_id);
  select s.decrypted_secret into v_secret from vault.decrypted_secrets s where s.id = v_row.secret_id;
  if v_secret is null then
    -- Should never happen (the functions keep row and secret together); say so without detail.
    raise exception 'Integration credentials are missing' using errcode = 'XX000';
  end if;
  if p_purpose = 'use' then
    update public.integrations i set last_used_at = now() where i.id = v_row.id;
    perform private.record_event(v_user_id, v_row.id, v_row.name, 'credentials_read',
      jsonb_build_object('credentials_version', v_row.credentials_version));
  else
    perform private.record_event(v_user_id, v_row.id, v_row.name, 'credentials_read',
      jsonb_build_object('credentials_version', v_row.credentials_version, 'purpose', 'test'));
  end if;
  return v_secret;
end
$$;

revoke all on function public.get_integration_credentials(uuid, text) from public, anon;
grant execute on function public.get_integration_credentials(uuid, text) to authenticated, service_role;
