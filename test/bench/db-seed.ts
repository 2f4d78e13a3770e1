/**
 * Bulk seeding for the database benchmark: set-based SQL as the superuser (no per-row round
 * trips), each integration with its own Vault secret made by vault.create_secret, as the
 * functions would make it, and one audit event per integration.
 */
import type pg from 'pg';

/** Creates `count` users in auth.users (ids are random; emails bench-<n>@example.test). */
export async function seedUsers(admin: pg.Pool, count: number): Promise<void> {
  await admin.query(
    `insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at,
                             raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
     select gen_random_uuid(), 'authenticated', 'authenticated', format('bench-%s@example.test', g),
            '', now(), '{}', '{}', now(), now()
       from generate_series(1, $1::int) as g`,
    [count],
  );
}

/**
 * Adds integrations until the table holds `total` rows, spread round-robin over the bench users
 * (a user has total / users rows on average), then refreshes the planner statistics.
 */
export async function seedIntegrationsUpTo(admin: pg.Pool, total: number): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    'select count(*)::int as n from public.integrations',
  );
  const missing = total - rows[0]!.n;
  if (missing <= 0) return 0;
  await admin.query(
    `with users as (
       select id, row_number() over (order by id) - 1 as slot
         from auth.users where email like 'bench-%'
     ), batch as (
       select gen_random_uuid() as id, g, (g + $2::int) % (select count(*) from users) as slot
         from generate_series(1, $1::int) as g
     ), assigned as (
       select b.id, b.g, u.id as user_id from batch b join users u on u.slot = b.slot
     ), created as (
       insert into public.integrations (id, user_id, name, type, secret_id, credential_hint, config)
       select b.id, b.user_id, format('bench %s', b.g + $2::int), 'openai',
              vault.create_secret(format('sk-bench-%s-%s', b.g, md5(b.id::text)), 'integration:' || b.id,
                                  'Aterges integration credential'),
              'sk-…' || right(md5(b.id::text), 4), '{"organization":"bench"}'
         from assigned b
       returning id, user_id, name
     )
     insert into public.integration_events (user_id, integration_id, integration_name, event_type, details)
     select c.user_id, c.id, c.name, 'created', '{"type":"openai","credentials_version":1}' from created c`,
    [missing, rows[0]!.n],
  );
  // Settle before timing: fresh statistics and visibility map, and the seed's dirty pages written,
  // so autovacuum or a checkpoint does not land in the middle of the measurements.
  await admin.query(
    'vacuum (analyze) public.integrations, public.integration_events, vault.secrets, auth.users',
  );
  await admin.query('checkpoint');
  return missing;
}
