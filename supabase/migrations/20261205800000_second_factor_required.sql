-- A password alone no longer opens the keys of a user who enrolled a second factor (issue #13 §2).
--
-- Every integration function in public (the credential read, create, rotate, edit, delete and the
-- status writes) starts with private.require_user(). From here on it also refuses a caller whose
-- access token is at aal1 (password only) while the user has a verified factor, with SQLSTATE
-- 28M01 (class 28, "invalid authorization specification", which PostgREST answers with 403; the
-- subclass is an implementation-defined one, so nothing else raises it). This is Supabase's
-- documented rule for enforcing MFA ("Multi-Factor Authentication", Enforce rules for MFA logins:
-- `array[auth.jwt()->>'aal'] <@ (case when count(verified factors) > 0 then array['aal2'] else
-- array['aal1','aal2'] end)`), checked in the function because SECURITY DEFINER functions bypass
-- the restrictive RLS policy the docs show.
--
-- Reading the metadata list (the integrations table under RLS, the audit events) stays allowed
-- at aal1, so the app can show who is signed in and ask for the code. A user without a verified
-- factor (none, or only an unverified enrolment) is unaffected.
--
-- Fails closed: a caller that cannot read auth.mfa_factors (no grant) gets an error, not access.

create function private.require_second_factor_if_enrolled(p_user_id uuid) returns void
  language plpgsql stable security invoker set search_path = ''
as $$
begin
  if coalesce(auth.jwt() ->> 'aal', 'aal1') = 'aal2' then
    return;
  end if;
  if exists (
    select 1 from auth.mfa_factors f where f.user_id = p_user_id and f.status = 'verified'
  ) then
    raise exception 'Second factor required'
      using errcode = '28M01',
            hint = 'Verify a second factor (aal2) before reading or changing integrations.';
  end if;
end
$$;

revoke all on function private.require_second_factor_if_enrolled(uuid)
  from public, anon, authenticated, service_role;

create or replace function private.require_user() returns uuid
  language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_uid uuid;
begin
  begin
    v_uid := auth.uid();
  exception when others then
    v_uid := null;
  end;
  if v_uid is null then
    raise exception 'User must be authenticated' using errcode = '42501';
  end if;
  perform private.require_second_factor_if_enrolled(v_uid);
  return v_uid;
end
$$;
