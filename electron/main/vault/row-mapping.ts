import { z } from 'zod';
import type { Tables } from '../../../shared/database.types.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Integration, IntegrationEvent } from '../../../shared/integration.ts';
import {
  eventDetailValueSchema,
  integrationEventSchema,
  integrationSchema,
} from '../../../shared/integration.ts';

/*
 * Rows as PostgREST returns them (snake_case) to the shared domain types. The column lists are
 * explicit on purpose: `select=*` would also bring `secret_id` and `user_id`, and any column a
 * later migration adds. What is not listed here cannot reach the app.
 */

/** `a,b,c` from `['a', 'b', 'c']`, as a literal type, so supabase-js types what it selects. */
type ColumnList<Columns extends readonly string[]> = Columns extends readonly [
  infer First extends string,
  ...infer Rest extends readonly string[],
]
  ? Rest extends readonly []
    ? First
    : `${First},${ColumnList<Rest>}`
  : never;

function columnList<const Columns extends readonly string[]>(
  columns: Columns,
): ColumnList<Columns> {
  return columns.join(',') as ColumnList<Columns>;
}

export const INTEGRATION_COLUMNS = columnList([
  'id',
  'name',
  'type',
  'status',
  'error_message',
  'error_code',
  'config',
  'credential_hint',
  'credentials_version',
  'credentials_migrated',
  'last_used_at',
  'last_verified_at',
  'last_test_passed_at',
  'created_at',
  'updated_at',
]);

export const EVENT_COLUMNS = columnList([
  'id',
  'integration_id',
  'integration_name',
  'event_type',
  'details',
  'created_at',
]);

/*
 * What the selects return, by the generated database types (shared/database.types.ts): a column
 * listed above that the table does not have fails to compile. The rows are still parsed below,
 * since the server may run other migrations than the ones the app was built with.
 */
type ColumnName<List extends string> = List extends `${infer First},${infer Rest}`
  ? First | ColumnName<Rest>
  : List;
export type IntegrationRow = Pick<Tables<'integrations'>, ColumnName<typeof INTEGRATION_COLUMNS>>;
export type EventRow = Pick<Tables<'integration_events'>, ColumnName<typeof EVENT_COLUMNS>>;

const integrationRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  status: z.string(),
  error_message: z.string().nullable(),
  error_code: z.string().nullable(),
  config: z.record(z.string(), z.unknown()),
  credential_hint: z.string().nullable(),
  credentials_version: z.number(),
  credentials_migrated: z.boolean(),
  last_used_at: z.string().nullable(),
  last_verified_at: z.string().nullable(),
  last_test_passed_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

const eventRowSchema = z.object({
  id: z.number(),
  integration_id: z.string().nullable(),
  integration_name: z.string().nullable(),
  event_type: z.string(),
  details: z.record(z.string(), z.unknown()),
  created_at: z.string(),
});

export function mapIntegrationRow(row: IntegrationRow): Integration {
  return mapRow(integrationRowSchema, integrationSchema, 'integration', row);
}

/**
 * A detail the shared schema refuses (a list of more than 50 keys that another client wrote, a
 * nested object) is left out, and the event keeps its other facts: one such row must not fail a
 * whole Activity page or history.
 */
export function mapEventRow(row: EventRow): IntegrationEvent {
  const details: unknown = row.details;
  const flat =
    typeof details === 'object' && details !== null && !Array.isArray(details)
      ? Object.fromEntries(
          Object.entries(details).filter(
            ([, value]) => eventDetailValueSchema.safeParse(value).success,
          ),
        )
      : details;
  return mapRow(eventRowSchema, integrationEventSchema, 'event', { ...row, details: flat });
}

/**
 * A row checked against its column shape (unknown columns dropped), then renamed column by column
 * to the domain's camelCase (`last_used_at` → `lastUsedAt`) and checked against the domain schema.
 */
function mapRow<T>(
  rowSchema: z.ZodType<Record<string, unknown>>,
  domainSchema: z.ZodType<T>,
  what: string,
  row: unknown,
): T {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) throw unexpectedShape(what);
  const renamed = Object.fromEntries(
    Object.entries(parsed.data).map(([column, value]) => [
      column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase()),
      value,
    ]),
  );
  return strictParse(domainSchema, what, renamed);
}

function strictParse<S extends z.ZodType>(schema: S, what: string, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw unexpectedShape(what);
  return parsed.data;
}

/** The server sent something the app does not understand (a schema newer than the app?). */
function unexpectedShape(what: string): AppError {
  return new AppError('server_error', 'unexpected_answer', { cause: { what } });
}
