/**
 * PostgREST's schema cache, read from pg_catalog on demand: the functions and tables of the
 * exposed schema. Every identifier the API puts into SQL comes from here, never from the request,
 * so a name in a URL can only ever select something that exists.
 */
import type { PoolClient } from 'pg';

export const EXPOSED_SCHEMA = 'public';

export interface RoutineParam {
  name: string;
  /** SQL type as format_type() spells it, safe to splice into a column definition list. */
  type: string;
  hasDefault: boolean;
}

export type ReturnShape =
  { kind: 'void' } | { kind: 'scalar'; set: boolean } | { kind: 'composite'; set: boolean };

export interface Routine {
  schema: string;
  name: string;
  params: RoutineParam[];
  returns: ReturnShape;
}

interface RoutineRow {
  proname: string;
  proretset: boolean;
  rettype: string;
  typtype: string;
  pronargdefaults: number;
  argnames: string[] | null;
  argmodes: string[] | null;
  argtypes: string[];
  has_out_params: boolean;
}

const ROUTINE_COLUMNS = `
  p.proname, p.proretset, p.prorettype::regtype::text as rettype, t.typtype, p.pronargdefaults,
  p.proargnames as argnames, p.proargmodes::text[] as argmodes,
  array(select pg_catalog.format_type(x, null)
        from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality u(x, i)
        order by i) as argtypes,
  coalesce('o' = any(p.proargmodes::text[]) or 't' = any(p.proargmodes::text[]), false)
    as has_out_params
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  join pg_catalog.pg_type t on t.oid = p.prorettype
  where n.nspname = $1 and p.prokind = 'f'`;

function toRoutine(schema: string, row: RoutineRow): Routine {
  const inputs: { name: string; type: string }[] = [];
  row.argtypes.forEach((type, index) => {
    const mode = row.argmodes?.[index] ?? 'i';
    if (mode === 'i' || mode === 'b' || mode === 'v') {
      inputs.push({ name: row.argnames?.[index] ?? '', type });
    }
  });
  const firstDefault = inputs.length - row.pronargdefaults;
  const params = inputs.map((input, index) => ({ ...input, hasDefault: index >= firstDefault }));
  let returns: ReturnShape;
  if (row.rettype === 'void') returns = { kind: 'void' };
  else if (row.typtype === 'c' || row.has_out_params || row.rettype === 'record') {
    returns = { kind: 'composite', set: row.proretset };
  } else returns = { kind: 'scalar', set: row.proretset };
  return { schema, name: row.proname, params, returns };
}

/** Every overload of `name` in the exposed schema. */
export async function findRoutines(client: PoolClient, name: string): Promise<Routine[]> {
  const result = await client.query<RoutineRow>(`select ${ROUTINE_COLUMNS} and p.proname = $2`, [
    EXPOSED_SCHEMA,
    name,
  ]);
  return result.rows.map((row) => toRoutine(EXPOSED_SCHEMA, row));
}

/** Names of every function in the exposed schema (for "Perhaps you meant…" hints). */
export async function listRoutineNames(client: PoolClient): Promise<string[]> {
  const result = await client.query<{ proname: string }>(
    `select distinct p.proname from pg_catalog.pg_proc p
     join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname = $1 and p.prokind = 'f'`,
    [EXPOSED_SCHEMA],
  );
  return result.rows.map((row) => row.proname);
}

export interface Relation {
  schema: string;
  name: string;
  /** Column names in attribute order. */
  columns: string[];
}

/** A table, view or materialized view of the exposed schema, or null. */
export async function findRelation(client: PoolClient, name: string): Promise<Relation | null> {
  const result = await client.query<{ relname: string; columns: string[] }>(
    `select c.relname,
            array(select a.attname::text from pg_catalog.pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                  order by a.attnum) as columns
     from pg_catalog.pg_class c
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relname = $2 and c.relkind in ('r', 'v', 'm', 'f', 'p')`,
    [EXPOSED_SCHEMA, name],
  );
  const row = result.rows[0];
  return row ? { schema: EXPOSED_SCHEMA, name: row.relname, columns: row.columns } : null;
}

/** Names of every relation in the exposed schema (for "Perhaps you meant…" hints). */
export async function listRelationNames(client: PoolClient): Promise<string[]> {
  const result = await client.query<{ relname: string }>(
    `select c.relname from pg_catalog.pg_class c
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'f', 'p')`,
    [EXPOSED_SCHEMA],
  );
  return result.rows.map((row) => row.relname);
}

/** A quoted SQL identifier. Only ever applied to names read from the catalog above. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
