/**
 * PostgREST's read query grammar, the subset the app uses: `select=` column lists (with
 * `alias:column`), horizontal filters (`col=[not.]op.value` with eq, neq, gt, gte, lt, lte, like,
 * ilike, in, is), `order=`, `limit=` and `offset=`. Parsing only: names are checked against the
 * catalog when the SQL is built.
 */
import { pgrstError } from './errors.ts';

export interface SelectItem {
  column: string;
  alias: string | null;
}

export type FilterOperator =
  'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'like' | 'ilike' | 'in' | 'is';

export interface Filter {
  column: string;
  negated: boolean;
  operator: FilterOperator;
  /** A single value, or the list of an `in` filter. */
  value: string | string[];
}

export interface OrderTerm {
  column: string;
  direction: 'asc' | 'desc';
  nulls: 'first' | 'last' | null;
}

export interface ReadQuery {
  /** null means `*`. */
  select: SelectItem[] | null;
  filters: Filter[];
  order: OrderTerm[];
  limit: number | null;
  offset: number;
}

const OPERATORS = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'in', 'is']);
const IS_VALUES = new Set(['null', 'not_null', 'true', 'false', 'unknown']);
const RESERVED = new Set([
  'select',
  'order',
  'limit',
  'offset',
  'columns',
  'on_conflict',
  'apikey',
]);

function parseError(what: string, value: string, details: string) {
  return pgrstError(
    400,
    'PGRST100',
    `"failed to parse ${what} (${value})" (line 1, column 1)`,
    details,
  );
}

function parseSelect(raw: string): SelectItem[] | null {
  const items = raw.split(',').map((item) => item.trim());
  if (items.length === 1 && items[0] === '*') return null;
  return items.map((item) => {
    if (item.includes('(')) {
      throw pgrstError(
        400,
        'PGRST127',
        'Feature not implemented',
        'Resource embedding is not served by the local Supabase API',
      );
    }
    const [first, second] = item.split(':');
    const column = (second ?? first ?? '').trim();
    if (column === '' || item.includes('::') || item.split(':').length > 2) {
      throw parseError('select', raw, `unexpected "${item}" expecting a column name or alias`);
    }
    return { column, alias: second === undefined ? null : first!.trim() };
  });
}

/** Splits `(a,"b,c",d)` into its elements, honouring double-quoted values. */
function parseList(raw: string): string[] | null {
  if (!raw.startsWith('(') || !raw.endsWith(')')) return null;
  const inner = raw.slice(1, -1);
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index]!;
    if (quoted && char === '\\' && index + 1 < inner.length) current += inner[++index];
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      values.push(current);
      current = '';
    } else current += char;
  }
  if (quoted) return null;
  if (inner !== '') values.push(current);
  return values;
}

function parseFilter(column: string, raw: string): Filter {
  let rest = raw;
  let negated = false;
  if (rest.startsWith('not.')) {
    negated = true;
    rest = rest.slice(4);
  }
  const dot = rest.indexOf('.');
  const operator = dot < 0 ? rest : rest.slice(0, dot);
  if (dot < 0 || !OPERATORS.has(operator)) {
    throw parseError('filter', raw, 'unknown or missing operator');
  }
  const value = rest.slice(dot + 1);
  if (operator === 'in') {
    const list = parseList(value);
    if (!list) throw parseError('filter', raw, 'expecting a parenthesized list');
    return { column, negated, operator, value: list };
  }
  if (operator === 'is' && !IS_VALUES.has(value.toLowerCase())) {
    throw parseError('filter', raw, 'expecting null, not_null, true, false or unknown');
  }
  return { column, negated, operator: operator as FilterOperator, value };
}

function parseOrder(raw: string): OrderTerm[] {
  return raw.split(',').map((term) => {
    const [column, ...modifiers] = term.trim().split('.');
    const order: OrderTerm = { column: column ?? '', direction: 'asc', nulls: null };
    for (const modifier of modifiers) {
      if (modifier === 'asc' || modifier === 'desc') order.direction = modifier;
      else if (modifier === 'nullsfirst') order.nulls = 'first';
      else if (modifier === 'nullslast') order.nulls = 'last';
      else throw parseError('order', raw, `unexpected "${modifier}"`);
    }
    if (order.column === '') throw parseError('order', raw, 'expecting a column name');
    return order;
  });
}

function parseCount(name: string, raw: string | null): number | null {
  if (raw === null) return null;
  if (!/^\d+$/.test(raw)) throw parseError(name, raw, 'expecting a non-negative integer');
  return Number(raw);
}

export function parseReadQuery(params: URLSearchParams): ReadQuery {
  const query: ReadQuery = {
    select: params.has('select') ? parseSelect(params.get('select')!) : null,
    filters: [],
    order: params.has('order') ? parseOrder(params.get('order')!) : [],
    limit: parseCount('limit', params.get('limit')),
    offset: parseCount('offset', params.get('offset')) ?? 0,
  };
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue;
    if (key === 'or' || key === 'and' || key.includes('.')) {
      throw pgrstError(
        400,
        'PGRST127',
        'Feature not implemented',
        'Logical and embedded filters are not served by the local Supabase API',
      );
    }
    query.filters.push(parseFilter(key, value));
  }
  return query;
}
