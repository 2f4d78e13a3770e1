/**
 * A Postgres type as `supabase gen types typescript` writes it in TypeScript: what PostgREST's JSON
 * carries for it (int8 and numeric as number, timestamps and uuids as strings, json as Json),
 * the schema's own enums, composite types and row types by reference, anything else `unknown`.
 */
import type { Catalog, CatalogType } from './catalog.ts';

const NUMBER_TYPES = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric']);
const STRING_TYPES = new Set([
  'bytea',
  'bpchar',
  'varchar',
  'date',
  'text',
  'citext',
  'time',
  'timetz',
  'timestamp',
  'timestamptz',
  'uuid',
  'vector',
]);

function builtIn(name: string): string | undefined {
  if (name === 'bool') return 'boolean';
  if (NUMBER_TYPES.has(name)) return 'number';
  if (STRING_TYPES.has(name)) return 'string';
  if (name === 'json' || name === 'jsonb') return 'Json';
  if (name === 'void') return 'undefined';
  if (name === 'record') return 'Record<string, unknown>';
  return undefined;
}

function reference(schema: string, section: string, name: string, row = false): string {
  const path = `Database[${JSON.stringify(schema)}][${JSON.stringify(section)}][${JSON.stringify(name)}]`;
  return row ? `${path}["Row"]` : path;
}

function named(type: CatalogType, catalog: Catalog): string {
  const own = type.schema === catalog.schema;
  if (type.kind === 'e') {
    if (own) return reference(type.schema, 'Enums', type.name);
    return (type.labels ?? []).map((label) => JSON.stringify(label)).join(' | ') || 'unknown';
  }
  if (type.kind === 'c' && own) {
    if (type.relationKind === 'c') return reference(type.schema, 'CompositeTypes', type.name);
    const section = type.relationKind === 'v' || type.relationKind === 'm' ? 'Views' : 'Tables';
    return reference(type.schema, section, type.name, true);
  }
  return 'unknown';
}

/** The TypeScript type of the Postgres type `oid` (arrays as `T[]`, domains as their base). */
export function tsType(oid: number, catalog: Catalog): string {
  const type = catalog.types.get(oid);
  if (!type) return 'unknown';
  if (type.kind === 'd') return tsType(type.base, catalog);
  if (type.element !== 0 && type.name.startsWith('_')) {
    const element = tsType(type.element, catalog);
    return `(${element})[]`;
  }
  if (type.schema === 'pg_catalog' || type.kind === 'b' || type.kind === 'p') {
    return builtIn(type.name) ?? 'unknown';
  }
  return named(type, catalog);
}
