/**
 * `GET|HEAD /rest/v1/<table>`: PostgREST reads. Every column named in the request is checked
 * against the catalog before it is quoted into SQL; every value is a query parameter. Row-level
 * security applies because the query runs as the request's role.
 */
import type { PoolClient } from 'pg';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { JSON_CONTENT_TYPE } from '../http-io.ts';
import { pgrstError } from './errors.ts';
import {
  checkProfile,
  closest,
  SINGULAR_MEDIA_TYPE,
  singularityError,
  wantsSingular,
} from './negotiation.ts';
import type { Filter, ReadQuery } from './query-params.ts';
import { parseReadQuery } from './query-params.ts';
import type { Relation } from './schema-cache.ts';
import { EXPOSED_SCHEMA, findRelation, listRelationNames, quoteIdent } from './schema-cache.ts';

function columnOf(relation: Relation, column: string): string {
  if (!relation.columns.includes(column)) {
    // What PostgreSQL answers for the SQL PostgREST would have generated.
    throw pgrstError(400, '42703', `column ${relation.name}.${column} does not exist`);
  }
  return quoteIdent(column);
}

const COMPARISONS: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
};

function filterSql(relation: Relation, filter: Filter, values: unknown[]): string {
  const column = columnOf(relation, filter.column);
  let sql: string;
  if (filter.operator === 'is') {
    const value = (filter.value as string).toLowerCase();
    sql = `${column} is ${value === 'not_null' ? 'not null' : value}`;
  } else if (filter.operator === 'in') {
    values.push(filter.value);
    sql = `${column} = any($${values.length})`;
  } else {
    const value = filter.value as string;
    // PostgREST accepts `*` as the LIKE wildcard because `%` is awkward in URLs.
    values.push(filter.operator.endsWith('like') ? value.replace(/\*/g, '%') : value);
    sql = `${column} ${COMPARISONS[filter.operator]} $${values.length}`;
  }
  return filter.negated ? `not (${sql})` : sql;
}

function buildQuery(relation: Relation, query: ReadQuery) {
  const values: unknown[] = [];
  const table = `${quoteIdent(relation.schema)}.${quoteIdent(relation.name)}`;
  const where = query.filters.map((filter) => filterSql(relation, filter, values));
  const whereSql = where.length > 0 ? ` where ${where.join(' and ')}` : '';
  const order = query.order.map(
    (term) =>
      `${columnOf(relation, term.column)} ${term.direction}${term.nulls ? ` nulls ${term.nulls}` : ''}`,
  );
  const orderSql = order.length > 0 ? ` order by ${order.join(', ')}` : '';
  const countValues = [...values];

  // Selected columns get positional names of our own; the keys the client asked for (aliases
  // included) reach the JSON only as parameters, never as SQL text.
  let columns = '*';
  let rowJson = 'pgrst_row';
  if (query.select !== null) {
    columns = query.select
      .map((item, index) => `${columnOf(relation, item.column)} as pgrst_c${index}`)
      .join(', ');
    const pairs = query.select.map((item, index) => {
      values.push(item.alias ?? item.column);
      return `$${values.length}::text, pgrst_row.pgrst_c${index}`;
    });
    rowJson = `json_build_object(${pairs.join(', ')})`;
  }
  let page = `select ${columns} from ${table}${whereSql}${orderSql}`;
  if (query.limit !== null) {
    values.push(query.limit);
    page += ` limit $${values.length}`;
  }
  values.push(query.offset);
  page += ` offset $${values.length}`;
  return {
    pageSql: `select coalesce(json_agg(${rowJson}), '[]')::text as body, count(*)::int as rows
              from (${page}) pgrst_row`,
    pageValues: values,
    countSql: `select count(*)::int as total from ${table}${whereSql}`,
    countValues,
  };
}

export async function readTable(
  client: PoolClient,
  request: ApiRequest,
  name: string,
): Promise<ApiResponse> {
  checkProfile(request);
  const singular = wantsSingular(request);
  const query = parseReadQuery(request.url.searchParams);
  const relation = await findRelation(client, name);
  if (!relation) {
    const other = closest(name, await listRelationNames(client), 0.75);
    throw pgrstError(
      404,
      'PGRST205',
      `Could not find the table '${EXPOSED_SCHEMA}.${name}' in the schema cache`,
      null,
      other ? `Perhaps you meant the table '${EXPOSED_SCHEMA}.${other}'` : null,
    );
  }
  const sql = buildQuery(relation, query);
  const page = await client.query<{ body: string; rows: number }>(sql.pageSql, sql.pageValues);
  const { body, rows } = page.rows[0] ?? { body: '[]', rows: 0 };
  let total: number | null = null;
  if (/count=exact/.test(request.headers['prefer'] ?? '')) {
    const count = await client.query<{ total: number }>(sql.countSql, sql.countValues);
    total = count.rows[0]?.total ?? 0;
  }
  if (total !== null && total > 0 && query.offset >= total) {
    throw pgrstError(
      416,
      'PGRST103',
      'Requested range not satisfiable',
      `An offset of ${query.offset} was requested, but there are only ${total} rows.`,
    );
  }
  const range = rows === 0 ? '*' : `${query.offset}-${query.offset + rows - 1}`;
  const headers: Record<string, string> = {
    'content-type': JSON_CONTENT_TYPE,
    'content-range': `${range}/${total ?? '*'}`,
  };
  let status = 200;
  if (total !== null && rows < total) status = 206;
  let responseBody = body;
  if (singular) {
    if (rows !== 1) throw singularityError(rows);
    responseBody = JSON.stringify((JSON.parse(body) as unknown[])[0]);
    headers['content-type'] = `${SINGULAR_MEDIA_TYPE}; charset=utf-8`;
    status = 200;
  }
  return request.method === 'HEAD' ? { status, headers } : { status, headers, body: responseBody };
}
