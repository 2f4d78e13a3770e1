/**
 * One schema of the `Database` type, in the shape `supabase gen types typescript` writes (and
 * supabase-js' GenericSchema expects): Tables {Row, Insert, Update, Relationships}, Views,
 * Functions {Args, Returns}, Enums, CompositeTypes; names sorted, empty sections as
 * `[_ in never]: never`. Unformatted: prettier lays it out afterwards.
 */
import type {
  Catalog,
  CatalogColumn,
  CatalogComposite,
  CatalogFunction,
  CatalogRelation,
  CatalogRelationship,
} from './catalog.ts';
import { tsType } from './ts-type.ts';

const EMPTY = '[_ in never]: never';
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const key = (name: string) => JSON.stringify(name);

function section(entries: string[]): string {
  return entries.length === 0 ? EMPTY : entries.join('\n');
}

function rowField(column: CatalogColumn, catalog: Catalog): string {
  return `${key(column.name)}: ${tsType(column.type, catalog)}${column.nullable ? ' | null' : ''}`;
}

function tableWriteField(column: CatalogColumn, catalog: Catalog, insert: boolean): string {
  if (column.readOnly) return `${key(column.name)}?: never`;
  const optional = !insert || column.nullable || column.optional;
  const nullable = column.nullable ? ' | null' : '';
  return `${key(column.name)}${optional ? '?' : ''}: ${tsType(column.type, catalog)}${nullable}`;
}

// Through a view, every column is optional and nullable; columns PostgREST cannot write are never.
function viewWriteField(column: CatalogColumn, catalog: Catalog): string {
  if (!column.updatable) return `${key(column.name)}?: never`;
  return `${key(column.name)}?: ${tsType(column.type, catalog)} | null`;
}

function relationship(relation: CatalogRelationship): string {
  return `{
    foreignKeyName: ${key(relation.foreignKeyName)}
    columns: ${JSON.stringify(relation.columns)}
    isOneToOne: ${relation.isOneToOne}
    referencedRelation: ${key(relation.referencedRelation)}
    referencedColumns: ${JSON.stringify(relation.referencedColumns)}
  }`;
}

function relationType(relation: CatalogRelation, catalog: Catalog): string {
  const columns = [...relation.columns].sort(byName);
  const fields = (render: (column: CatalogColumn) => string) => columns.map(render).join('\n');
  const relationships = [...relation.relationships].sort(
    (a, b) =>
      a.foreignKeyName.localeCompare(b.foreignKeyName) ||
      a.referencedRelation.localeCompare(b.referencedRelation),
  );
  let writes = '';
  if (relation.kind === 'table') {
    writes = `Insert: {
      ${fields((column) => tableWriteField(column, catalog, true))}
    }
    Update: {
      ${fields((column) => tableWriteField(column, catalog, false))}
    }`;
  } else if (relation.updatable) {
    writes = `Insert: {
      ${fields((column) => viewWriteField(column, catalog))}
    }
    Update: {
      ${fields((column) => viewWriteField(column, catalog))}
    }`;
  }
  return `${key(relation.name)}: {
    Row: {
      ${fields((column) => rowField(column, catalog))}
    }
    ${writes}
    Relationships: [${relationships.map(relationship).join(',\n')}]
  }`;
}

function functionArgs(fn: CatalogFunction, catalog: Catalog): string {
  const inputs = fn.args.filter((arg) => arg.mode === 'i').sort(byName);
  if (inputs.length === 0) return 'never';
  const fields = inputs.map(
    (arg) => `${key(arg.name)}${arg.hasDefault ? '?' : ''}: ${tsType(arg.type, catalog)}`,
  );
  return `{ ${fields.join('; ')} }`;
}

// `returns table (...)`: its columns; a row type of the schema: that row; otherwise the type.
function functionReturns(fn: CatalogFunction, catalog: Catalog): string {
  const tableColumns = fn.args.filter((arg) => arg.mode === 't');
  let returns: string;
  if (tableColumns.length > 0) {
    returns = `{ ${tableColumns.map((arg) => `${key(arg.name)}: ${tsType(arg.type, catalog)}`).join('; ')} }`;
  } else {
    returns = tsType(fn.returnType, catalog);
  }
  return fn.returnsSet ? `(${returns})[]` : returns;
}

// Overloads become a union of their signatures, as PostgREST picks one by the argument names.
function functionType(name: string, overloads: CatalogFunction[], catalog: Catalog): string {
  const signatures = overloads
    .map((fn) => `{ Args: ${functionArgs(fn, catalog)}; Returns: ${functionReturns(fn, catalog)} }`)
    .sort();
  return `${key(name)}: ${signatures.join(' | ')}`;
}

// Callable through PostgREST: every input argument named, or a single unnamed one.
function isCallable(fn: CatalogFunction): boolean {
  const inputs = fn.args.filter((arg) => ['i', 'b', 'v'].includes(arg.mode));
  return inputs.length === 1 || inputs.every((arg) => arg.name !== '');
}

function functions(catalog: Catalog): string[] {
  const grouped = new Map<string, CatalogFunction[]>();
  for (const fn of catalog.functions.filter(isCallable).sort(byName)) {
    grouped.set(fn.name, [...(grouped.get(fn.name) ?? []), fn]);
  }
  return [...grouped].map(([name, overloads]) => functionType(name, overloads, catalog));
}

/** The enums of the schema, by name: also written out as `Constants`. */
export function schemaEnums(catalog: Catalog): { name: string; labels: string[] }[] {
  return [...catalog.types.values()]
    .filter((type) => type.schema === catalog.schema && type.kind === 'e')
    .sort(byName)
    .map((type) => ({ name: type.name, labels: type.labels ?? [] }));
}

// A composite value's attributes can each be NULL.
function compositeType(composite: CatalogComposite, catalog: Catalog): string {
  const fields = composite.attributes.map(
    (attribute) => `${key(attribute.name)}: ${tsType(attribute.type, catalog)} | null`,
  );
  return `${key(composite.name)}: {
    ${fields.join('\n')}
  }`;
}

/** `"<schema>": { Tables, Views, Functions, Enums, CompositeTypes }`. */
export function renderSchema(catalog: Catalog): string {
  const relations = [...catalog.relations].sort(byName);
  const tables = relations.filter((relation) => relation.kind === 'table');
  const views = relations.filter((relation) => relation.kind === 'view');
  const enums = schemaEnums(catalog).map(
    ({ name, labels }) => `${key(name)}: ${labels.map((label) => key(label)).join(' | ')}`,
  );
  const composites = [...catalog.composites]
    .sort(byName)
    .map((composite) => compositeType(composite, catalog));
  return `${key(catalog.schema)}: {
    Tables: {
      ${section(tables.map((table) => relationType(table, catalog)))}
    }
    Views: {
      ${section(views.map((view) => relationType(view, catalog)))}
    }
    Functions: {
      ${section(functions(catalog))}
    }
    Enums: {
      ${section(enums)}
    }
    CompositeTypes: {
      ${section(composites)}
    }
  }`;
}
