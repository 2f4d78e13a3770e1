-- The live-sync broadcast carries last_test_passed_at too (issue #14 §3).
--
-- 20261205600000 added integrations.last_test_passed_at; 20261205300000 then broadcast each row
-- change with the columns the app lists, written before that column existed. Same function,
-- one more field; its grants and trigger stay as they are.

create or replace function private.broadcast_integration_change() returns trigger
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
      'last_test_passed_at', v_row.last_test_passed_at,
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
