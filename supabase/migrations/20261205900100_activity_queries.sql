-- The "Actividad" page's queries (issue #14 §5): every event of the user's integrations, newest
-- first, paged by keyset; and per-day counts of tests and reads for one integration's chart.
--
-- * list_activity pages by (created_at, id) below a cursor (the last row of the previous page),
--   never by OFFSET: page 200 costs what page 1 costs, and an event written meanwhile neither
--   repeats nor skips a row. id breaks ties between events of the same instant (one transaction
--   writes several at one now()).
-- * The steps of a connection test are left out: its status changes (integration_events.test_step,
--   20261205900000) always, its credential read only when a connection_test entry covers it
--   (private.read_covered_by_test): a read for a "test" that never reported is a read like any
--   other, listed and counted.
-- * integration_events_activity_idx serves the page: the user's rows in page order, steps not
--   indexed. The first page reads `limit` index entries however long the history is (benchmark:
--   `npm run bench activity`, 1,000 vs 100,000 events).
-- * activity_daily counts in the person's time zone (the renderer sends its IANA name), so a test
--   at 23:30 in Madrid is on that day's bar, with every day of the last 30 present (zeros too).
--   `reads` are every credential read but those a test entry covers.
--
-- Security as for the other integration functions: SECURITY DEFINER, search_path = '', the
-- caller's own rows only (auth.uid(), 42501 without one), EXECUTE for authenticated and
-- service_role, 22023 naming the parameter for bad input.

create index integration_events_activity_idx
  on public.integration_events (user_id, created_at desc, id desc)
  where not test_step;

-- Whether a test's credential read (details.purpose = 'test': the callers check that first, so
-- this runs for those rows only) is covered by the test's own entry: the next connection_test of
-- the integration, within five minutes, with no other test read between them. One entry covers at
-- most one read, so hiding a read always costs a visible test entry. Scalar arguments, so the
-- planner can inline it into the calling statement.
create function private.read_covered_by_test(
  p_user_id uuid, p_integration_id uuid, p_id bigint, p_created_at timestamptz
) returns boolean
  language sql stable security invoker set search_path = ''
as $$
  select exists (
    select 1 from public.integration_events c
     where c.user_id = p_user_id
       and c.integration_id = p_integration_id
       and c.created_at >= p_created_at
       and c.created_at <= p_created_at + interval '5 minutes'
       and c.event_type = 'connection_test'
       and c.id > p_id
       and not exists (
         select 1 from public.integration_events r
          where r.user_id = p_user_id
            and r.integration_id = p_integration_id
            and r.created_at >= p_created_at
            and r.created_at <= c.created_at
            and r.event_type = 'credentials_read'
            and r.details ->> 'purpose' = 'test'
            and r.id > p_id
            and r.id < c.id))
$$;
revoke all on function private.read_covered_by_test(uuid, uuid, bigint, timestamptz)
  from public, anon, authenticated, service_role;

create function public.list_activity(
  p_integration_id uuid default null,
  p_kinds text[] default null,
  p_from timestamptz default null,
  p_to timestamptz default null,
  p_cursor_created_at timestamptz default null,
  p_cursor_id bigint default null,
  p_limit integer default 50
) returns table (
  id bigint, integration_id uuid, integration_name text, event_type text, details jsonb,
  created_at timestamptz
)
  language plpgsql stable security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
begin
  if p_limit is null or p_limit < 1 or p_limit > 200 then
    perform private.invalid('p_limit must be between 1 and 200');
  end if;
  if p_kinds is not null and (cardinality(p_kinds) = 0 or exists (
      select 1 from unnest(p_kinds) k where k is null or k not in (
        'created', 'updated', 'credentials_updated', 'credentials_read', 'status_changed',
        'deleted', 'connection_test'))) then
    perform private.invalid('p_kinds must name known event kinds');
  end if;
  if p_from is not null and p_to is not null and p_from >= p_to then
    perform private.invalid('p_to must be after p_from');
  end if;
  if (p_cursor_created_at is null) <> (p_cursor_id is null) then
    perform private.invalid('p_cursor_id and p_cursor_created_at come together');
  end if;

  -- Two statements rather than "cursor is null or …", so each is planned with its own index
  -- condition.
  if p_cursor_created_at is null then
    return query
      select e.id, e.integration_id, e.integration_name, e.event_type, e.details, e.created_at
        from public.integration_events e
       where e.user_id = v_user_id and not e.test_step
         and not (e.event_type = 'credentials_read' and e.details ->> 'purpose' = 'test'
                  and private.read_covered_by_test(e.user_id, e.integration_id, e.id, e.created_at))
         and (p_integration_id is null or e.integration_id = p_integration_id)
         and (p_kinds is null or e.event_type = any (p_kinds))
         and (p_from is null or e.created_at >= p_from)
         and (p_to is null or e.created_at < p_to)
       order by e.created_at desc, e.id desc
       limit p_limit;
  else
    return query
      select e.id, e.integration_id, e.integration_name, e.event_type, e.details, e.created_at
        from public.integration_events e
       where e.user_id = v_user_id and not e.test_step
         and not (e.event_type = 'credentials_read' and e.details ->> 'purpose' = 'test'
                  and private.read_covered_by_test(e.user_id, e.integration_id, e.id, e.created_at))
         and (e.created_at, e.id) < (p_cursor_created_at, p_cursor_id)
         and (p_integration_id is null or e.integration_id = p_integration_id)
         and (p_kinds is null or e.event_type = any (p_kinds))
         and (p_from is null or e.created_at >= p_from)
         and (p_to is null or e.created_at < p_to)
       order by e.created_at desc, e.id desc
       limit p_limit;
  end if;
end
$$;

revoke all on function public.list_activity(uuid, text[], timestamptz, timestamptz, timestamptz, bigint, integer)
  from public, anon;
grant execute on function public.list_activity(uuid, text[], timestamptz, timestamptz, timestamptz, bigint, integer)
  to authenticated, service_role;

create function public.activity_daily(p_integration_id uuid, p_time_zone text)
returns table (day date, tests integer, reads integer)
  language plpgsql stable security definer set search_path = ''
as $$
declare
  v_user_id uuid := private.require_user();
  v_today date;
  v_first date;
begin
  if p_time_zone is null then
    perform private.invalid('p_time_zone must be an IANA time zone name');
  end if;
  -- Postgres itself says whether it knows the zone (22023 "time zone … not recognized"); reading
  -- pg_timezone_names instead costs ~13 ms a call. Its words quote the input: ours replace them.
  begin
    v_today := (now() at time zone p_time_zone)::date;
  exception when invalid_parameter_value then
    perform private.invalid('p_time_zone must be an IANA time zone name');
  end;
  if not exists (select 1 from public.integrations i
                  where i.id = p_integration_id and i.user_id = v_user_id) then
    raise exception 'Integration not found' using errcode = 'P0002';
  end if;
  v_first := v_today - 29;

  return query
    with counted as (
      select (e.created_at at time zone p_time_zone)::date as on_day,
             count(*) filter (where e.event_type = 'connection_test') as tests,
             count(*) filter (where e.event_type = 'credentials_read') as reads
        from public.integration_events e
       where e.user_id = v_user_id
         and e.integration_id = p_integration_id
         and not e.test_step
         and not (e.event_type = 'credentials_read' and e.details ->> 'purpose' = 'test'
                  and private.read_covered_by_test(e.user_id, e.integration_id, e.id, e.created_at))
         and e.event_type in ('connection_test', 'credentials_read')
         and e.created_at >= (v_first::timestamp at time zone p_time_zone)
       group by 1
    )
    select d::date, coalesce(c.tests, 0)::integer, coalesce(c.reads, 0)::integer
      from generate_series(v_first::timestamp, v_today::timestamp, interval '1 day') d
      left join counted c on c.on_day = d::date
     order by 1;
end
$$;

revoke all on function public.activity_daily(uuid, text) from public, anon;
grant execute on function public.activity_daily(uuid, text) to authenticated, service_role;
