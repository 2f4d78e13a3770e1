/**
 * `/rest/v1/rpc/<fn>`: PostgREST's function calls. The function is chosen from the catalog by
 * name and by the names of the arguments given (defaults fill the rest); the arguments reach it
 * through json_to_record with the function's own parameter types, as PostgREST's call plan does.
 */
import type { PoolClient } from 'pg';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { emptyResponse, JSON_CONTENT_TYPE, parseJsonBody } from '../http-io.ts';
import { pgrstError } from './errors.ts';
import {
  checkProfile,
  closest,
  SINGULAR_MEDIA_TYPE,
  singularityError,
  wantsSingular,
} from './negotiation.ts';
import type { Routine } from './schema-cache.ts';
import { EXPOSED_SCHEMA, findRoutines, listRoutineNames, quoteIdent } from './schema-cache.ts';

/** Query parameters PostgREST reserves; on a GET call the others are the arguments. */
const RESERVED_PARAMS = new Set(['select', 'order', 'limit', 'offset', 'columns', 'on_conflict']);

export function readRpcArguments(request: ApiRequest): Record<string, unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    const args: Record<string, unknown> = {};
    for (const [key, value] of request.url.searchParams) {
      if (!RESERVED_PARAMS.has(key) && key !== 'apikey') args[key] = value;
    }
    return args;
  }
  if (request.method !== 'POST') {
    throw pgrstError(405, 'PGRST101', `Cannot use the ${request.method} method on RPC`);
  }
  let body: unknown;
  try {
    body = parseJsonBody(request);
  } catch {
    throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
  }
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
  }
  return body as Record<string, unknown>;
}

async function resolveRoutine(
  client: PoolClient,
  name: string,
  keys: string[],
  post: boolean,
): Promise<Routine> {
  const overloads = await findRoutines(client, name);
  const matches = overloads.filter(
    (routine) =>
      keys.every((key) => routine.params.some((param) => param.name === key)) &&
      routine.params.every((param) => param.hasDefault || keys.includes(param.name)),
  );
  if (matches.length === 1) return matches[0]!;
  const qualified = `${EXPOSED_SCHEMA}.${name}`;
  if (matches.length > 1) {
    const candidates = matches.map(
      (routine) =>
        `${qualified}(${routine.params.map((param) => `${param.name} => ${param.type}`).join(', ')})`,
    );
    throw pgrstError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${candidates.join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    );
  }
  const listed = keys.length === 0 ? ' without parameters' : `(${keys.join(', ')})`;
  const searched =
    keys.length === 0
      ? ' without parameters'
      : ` with parameter${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
  let hint: string | null = null;
  if (overloads.length === 0) {
    const other = closest(name, await listRoutineNames(client), 0.75);
    if (other) hint = `Perhaps you meant to call the function ${EXPOSED_SCHEMA}.${other}`;
  } else {
    const lists = overloads.map(
      (routine) =>
        `(${routine.params
          .map((param) => param.name)
          .sort()
          .join(', ')})`,
    );
    const best = closest(`(${[...keys].sort().join(', ')})`, lists, 0.33) ?? lists[0]!;
    hint = `Perhaps you meant to call the function ${qualified}${best}`;
  }
  throw pgrstError(
    404,
    'PGRST202',
    `Could not find the function ${qualified}${listed} in the schema cache`,
    `Searched for the function ${qualified}${searched}${
      post ? ' or with a single unnamed json/jsonb parameter' : ''
    }, but no matches were found in the schema cache.`,
    hint,
  );
}

/** Calls the function inside the request's transaction and shapes the answer like PostgREST. */
export async function callRoutine(
  client: PoolClient,
  request: ApiRequest,
  name: string,
  args: Record<string, unknown>,
): Promise<ApiResponse> {
  checkProfile(request);
  const singular = wantsSingular(request);
  const keys = Object.keys(args).sort();
  const routine = await resolveRoutine(client, name, keys, request.method === 'POST');

  const given = routine.params.filter((param) => keys.includes(param.name));
  const callArgs = given
    .map((param) => `${quoteIdent(param.name)} := pgrst_args.${quoteIdent(param.name)}`)
    .join(', ');
  const call = `${quoteIdent(routine.schema)}.${quoteIdent(routine.name)}(${callArgs})`;
  const argsSource =
    given.length === 0
      ? null
      : `json_to_record($1::json) as pgrst_args(${given
          .map((param) => `${quoteIdent(param.name)} ${param.type}`)
          .join(', ')})`;
  const params = given.length === 0 ? [] : [JSON.stringify(args)];

  if (routine.returns.kind === 'void') {
    await client.query(`select ${call}${argsSource ? ` from ${argsSource}` : ''}`, params);
    return emptyResponse(204);
  }
  if (routine.returns.kind === 'scalar' && !routine.returns.set) {
    const result = await client.query<{ body: string }>(
      `select coalesce(to_json(${call})::text, 'null') as body${
        argsSource ? ` from ${argsSource}` : ''
      }`,
      params,
    );
    return jsonBody(request, result.rows[0]?.body ?? 'null', singularType(singular));
  }
  const source = argsSource
    ? `${argsSource} cross join lateral ${call} as pgrst_call`
    : `${call} as pgrst_call`;
  const result = await client.query<{ body: string; total: number }>(
    `select coalesce(json_agg(pgrst_call), '[]')::text as body, count(*)::int as total
     from ${source}`,
    params,
  );
  const { body, total } = result.rows[0] ?? { body: '[]', total: 0 };
  const rows = JSON.parse(body) as unknown[];
  if (!routine.returns.set) {
    return jsonBody(request, JSON.stringify(rows[0] ?? null), singularType(singular));
  }
  if (singular) {
    if (total !== 1) throw singularityError(total);
    return jsonBody(request, JSON.stringify(rows[0]), singularType(true));
  }
  const range = total === 0 ? '*' : `0-${total - 1}`;
  const counted = /count=exact/.test(request.headers['prefer'] ?? '');
  return jsonBody(request, body, { 'content-range': `${range}/${counted ? total : '*'}` });
}

function singularType(singular: boolean): Record<string, string> {
  return singular ? { 'content-type': `${SINGULAR_MEDIA_TYPE}; charset=utf-8` } : {};
}

function jsonBody(
  request: ApiRequest,
  body: string,
  headers: Record<string, string> = {},
): ApiResponse {
  const all = { 'content-type': JSON_CONTENT_TYPE, ...headers };
  return request.method === 'HEAD'
    ? { status: 200, headers: all }
    : { status: 200, headers: all, body };
}
