import type pg from 'pg';
import type { BundledMigration } from './bundled-migrations.ts';

/*
 * After applying: is what the app calls there, and shut to everyone else? Every public function
 * the migrations define exists, is SECURITY DEFINER with its search_path pinned, runs for
 * `authenticated` and not for `anon`; the integrations table has Row Level Security on. Returns
 * what is wrong (names only), empty when all is well.
 */

export async function verifySchema(
  client: pg.Client,
  migrations: readonly BundledMigration[],
): Promise<string[]> {
  const names = publicFunctionNames(migrations);
  const { rows } = await client.query<{
    name: string;
    definer: boolean;
    pinned: boolean;
    authenticated: boolean;
    anon: boolean;
  }>(
    `select p.proname as name, bool_and(p.prosecdef) as definer,
            bool_and(coalesce(array_to_string(p.proconfig, ',') like '%search_path=%', false)) as pinned,
            bool_and(has_function_privilege('authenticated', p.oid, 'execute')) as authenticated,
            bool_or(has_function_privilege('anon', p.oid, 'execute')) as anon
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.proname = any($1)
      group by p.proname`,
    [names],
  );
  const found = new Map(rows.map((row) => [row.name, row]));
  const problems: string[] = [];
  for (const name of names) {
    const row = found.get(name);
    if (!row) problems.push(`${name}: missing`);
    else if (!row.definer || !row.pinned) problems.push(`${name}: not a pinned security definer`);
    else if (!row.authenticated) problems.push(`${name}: not granted to authenticated`);
    else if (row.anon) problems.push(`${name}: open to anon`);
  }
  const rls = await client.query<{ enabled: boolean | null }>(
    `select relrowsecurity as enabled from pg_class where oid = to_regclass('public.integrations')`,
  );
  if (rls.rows[0]?.enabled !== true) problems.push('integrations: row level security off');
  return problems;
}

/** The public functions the migrations create (the RPCs the app calls). */
export function publicFunctionNames(migrations: readonly BundledMigration[]): string[] {
  const names = new Set<string>();
  for (const { sql } of migrations) {
    for (const match of sql.matchAll(/create\s+(?:or\s+replace\s+)?function\s+public\.(\w+)/gi)) {
      names.add(match[1]!.toLowerCase());
    }
  }
  return [...names].sort();
}
