/**
 * What the type generator needs from pg_catalog, for one schema: its tables and views with their
 * columns, foreign keys between them, functions, enums and composite types. The same facts
 * postgres-meta reads for `supabase gen types typescript`; read-only, so it works on any database
 * (the throwaway local one, or SUPABASE_DB_URL).
 */
import type pg from 'pg';

/** One pg_type row: enough to name any column, argument or return type in TypeScript. */
export interface CatalogType {
  oid: number;
  schema: string;
  name: string;
  /** b base, c composite, d domain, e enum, p pseudo, r range, m multirange. */
  kind: string;
  /** Arrays: the element type; 0 otherwise. */
  element: number;
  /** Domains: the base type; 0 otherwise. */
  base: number;
  /** Composite types: `c` for a stand-alone type, the relkind of its table or view otherwise. */
  relationKind: string | null;
  /** Enums: the labels in order. */
  labels: string[] | null;
}

export interface CatalogColumn {
  name: string;
  type: number;
  nullable: boolean;
  /** Has a default, is an identity column or is generated: optional on insert. */
  optional: boolean;
  /** GENERATED ALWAYS AS IDENTITY or a generated column: never written by a client. */
  readOnly: boolean;
  updatable: boolean;
}

export interface CatalogRelationship {
  foreignKeyName: string;
  columns: string[];
  isOneToOne: boolean;
  referencedRelation: string;
  referencedColumns: string[];
}

export interface CatalogRelation {
  name: string;
  kind: 'table' | 'view';
  /** Views: whether PostgREST can insert/update through it. */
  updatable: boolean;
  columns: CatalogColumn[];
  relationships: CatalogRelationship[];
}

export interface CatalogArgument {
  name: string;
  /** i in, o out, b inout, v variadic, t a column of `returns table`. */
  mode: string;
  type: number;
  hasDefault: boolean;
}

export interface CatalogFunction {
  name: string;
  args: CatalogArgument[];
  returnType: number;
  returnsSet: boolean;
}

/** A stand-alone composite type (`create type ... as (...)`) of the schema. */
export interface CatalogComposite {
  name: string;
  attributes: { name: string; type: number }[];
}

export interface Catalog {
  schema: string;
  types: Map<number, CatalogType>;
  relations: CatalogRelation[];
  functions: CatalogFunction[];
  composites: CatalogComposite[];
}

const TYPES_SQL = `
  select t.oid, n.nspname as schema, t.typname as name, t.typtype as kind,
         t.typelem as element, t.typbasetype as base, c.relkind as relation_kind,
         (select json_agg(e.enumlabel order by e.enumsortorder) from pg_enum e
           where e.enumtypid = t.oid) as labels
    from pg_type t
    join pg_namespace n on n.oid = t.typnamespace
    left join pg_class c on c.oid = t.typrelid`;

// Tables (ordinary, partitioned, foreign) and views (plain, materialized), not partitions.
const COLUMNS_SQL = `
  select c.relname as relation, c.relkind as relation_kind,
         c.relkind = 'v' and pg_relation_is_updatable(c.oid, false) & 20 = 20 as relation_updatable,
         a.attname as name, a.atttypid as type, not a.attnotnull as nullable,
         (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as optional,
         (a.attidentity = 'a' or a.attgenerated <> '') as read_only,
         pg_column_is_updatable(c.oid, a.attnum, false) as updatable
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
   where n.nspname = $1 and c.relkind in ('r', 'p', 'f', 'v', 'm') and not c.relispartition
   order by c.relname, a.attnum`;

// Foreign keys whose both ends are in the schema; one-to-one when a unique index (or the primary
// key) covers exactly the referencing columns, as PostgREST decides.
const RELATIONSHIPS_SQL = `
  select con.conname as foreign_key_name, c.relname as relation, rc.relname as referenced_relation,
         (select json_agg(a.attname order by k.i) from unnest(con.conkey) with ordinality k(num, i)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num) as columns,
         (select json_agg(a.attname order by k.i) from unnest(con.confkey) with ordinality k(num, i)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num)
           as referenced_columns,
         exists (select 1 from pg_index x
                  where x.indrelid = con.conrelid and x.indisunique and x.indpred is null
                    and x.indnkeyatts = cardinality(con.conkey)
                    and x.indkey::int2[] @> con.conkey and x.indkey::int2[] <@ con.conkey)
           as is_one_to_one
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_class rc on rc.oid = con.confrelid
    join pg_namespace rn on rn.oid = rc.relnamespace
   where con.contype = 'f' and n.nspname = $1 and rn.nspname = $1`;

// Plain functions (no procedures, aggregates or window functions), not those an extension owns.
const FUNCTIONS_SQL = `
  select p.proname as name, p.prorettype as return_type, p.proretset as returns_set,
         p.pronargdefaults as default_count,
         (select coalesce(json_agg(json_build_object(
                   'name', coalesce(p.proargnames[a.i], ''), 'mode', a.mode, 'type', a.type::int8)
                   order by a.i), '[]')
            from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]),
                        coalesce(p.proargmodes::text[],
                                 array_fill('i'::text, array[p.pronargs::int])))
                 with ordinality a(type, mode, i)) as args
    from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = $1 and p.prokind = 'f'
     and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                        and d.deptype = 'e')
   order by p.proname, p.oid`;

const COMPOSITES_SQL = `
  select t.typname as name,
         (select coalesce(json_agg(json_build_object('name', a.attname, 'type', a.atttypid::int8)
                                   order by a.attnum), '[]')
            from pg_attribute a
           where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) as attributes
    from pg_type t
    join pg_namespace n on n.oid = t.typnamespace
    join pg_class c on c.oid = t.typrelid
   where n.nspname = $1 and t.typtype = 'c' and c.relkind = 'c'
   order by t.typname`;

interface TypeRow {
  oid: number;
  schema: string;
  name: string;
  kind: string;
  element: number;
  base: number;
  relation_kind: string | null;
  labels: string[] | null;
}

interface ColumnRow {
  relation: string;
  relation_kind: string;
  relation_updatable: boolean;
  name: string;
  type: number;
  nullable: boolean;
  optional: boolean;
  read_only: boolean;
  updatable: boolean;
}

interface RelationshipRow {
  foreign_key_name: string;
  relation: string;
  referenced_relation: string;
  columns: string[];
  referenced_columns: string[];
  is_one_to_one: boolean;
}

interface FunctionRow {
  name: string;
  return_type: number;
  returns_set: boolean;
  default_count: number;
  args: { name: string; mode: string; type: number }[];
}

const INPUT_MODES = new Set(['i', 'b', 'v']);

/** The last `defaultCount` input arguments have defaults (pg_proc.pronargdefaults). */
function toFunction(row: FunctionRow): CatalogFunction {
  const inputCount = row.args.filter((arg) => INPUT_MODES.has(arg.mode)).length;
  let inputIndex = 0;
  const args = row.args.map((arg) => {
    const isInput = INPUT_MODES.has(arg.mode);
    const hasDefault = isInput && inputIndex >= inputCount - row.default_count;
    if (isInput) inputIndex += 1;
    return { ...arg, hasDefault };
  });
  return { name: row.name, args, returnType: row.return_type, returnsSet: row.returns_set };
}

function toRelations(columns: ColumnRow[], relationships: RelationshipRow[]): CatalogRelation[] {
  const relations = new Map<string, CatalogRelation>();
  for (const row of columns) {
    let relation = relations.get(row.relation);
    if (!relation) {
      const isTable = ['r', 'p', 'f'].includes(row.relation_kind);
      relation = {
        name: row.relation,
        kind: isTable ? 'table' : 'view',
        updatable: row.relation_updatable,
        columns: [],
        relationships: [],
      };
      relations.set(row.relation, relation);
    }
    relation.columns.push({
      name: row.name,
      type: row.type,
      nullable: row.nullable,
      optional: row.optional,
      readOnly: row.read_only,
      updatable: row.updatable,
    });
  }
  for (const row of relationships) {
    relations.get(row.relation)?.relationships.push({
      foreignKeyName: row.foreign_key_name,
      columns: row.columns,
      isOneToOne: row.is_one_to_one,
      referencedRelation: row.referenced_relation,
      referencedColumns: row.referenced_columns,
    });
  }
  return [...relations.values()];
}

/** Reads the schema's catalog through `client` (any role that can read pg_catalog). */
export async function readCatalog(client: pg.Client, schema = 'public'): Promise<Catalog> {
  const types = await client.query<TypeRow>(TYPES_SQL);
  const columns = await client.query<ColumnRow>(COLUMNS_SQL, [schema]);
  const relationships = await client.query<RelationshipRow>(RELATIONSHIPS_SQL, [schema]);
  const functions = await client.query<FunctionRow>(FUNCTIONS_SQL, [schema]);
  const composites = await client.query<CatalogComposite>(COMPOSITES_SQL, [schema]);
  return {
    schema,
    types: new Map(
      types.rows.map((row) => [
        row.oid,
        {
          oid: row.oid,
          schema: row.schema,
          name: row.name,
          kind: row.kind,
          element: row.element,
          base: row.base,
          relationKind: row.relation_kind,
          labels: row.labels,
        },
      ]),
    ),
    relations: toRelations(columns.rows, relationships.rows),
    functions: functions.rows.map(toFunction),
    composites: composites.rows,
  };
}
