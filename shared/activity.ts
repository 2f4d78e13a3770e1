import { z } from 'zod';
import {
  INTEGRATION_EVENT_TYPES,
  integrationEventSchema,
  integrationIdSchema,
  timestampSchema,
} from './integration.ts';

/*
 * The "Actividad" page (issue #14 §5): every audit event of the user's integrations, paged from
 * the database newest first, filtered by integration, kind and time; a per-day count for the
 * detail page's chart; a CSV export. Only codes and facts cross the bridge; words are made in the
 * renderer.
 *
 * A connection test is ONE event of kind `connection_test` (details: `outcome`, `latency_ms`,
 * `error_code` on failure, `device`), instead of credentials_read + two status_changed events.
 */

/** What a connection test ended as, in its `connection_test` event. */
export const CONNECTION_TEST_OUTCOMES = ['passed', 'failed', 'cancelled'] as const;
export type ConnectionTestOutcome = (typeof CONNECTION_TEST_OUTCOMES)[number];

export const activityKindSchema = z.enum(INTEGRATION_EVENT_TYPES);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** The page's filters; every one optional. `from` is inclusive, `to` exclusive. */
export const activityFilterSchema = z
  .strictObject({
    integrationId: integrationIdSchema.optional(),
    kinds: z.array(activityKindSchema).min(1).max(INTEGRATION_EVENT_TYPES.length).optional(),
    from: timestampSchema.optional(),
    to: timestampSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || Date.parse(f.from) < Date.parse(f.to), {
    message: 'activity_range_reversed',
    path: ['to'],
  });
export type ActivityFilter = z.infer<typeof activityFilterSchema>;

/** Keyset cursor: the last event of the previous page (events are ordered created_at desc, id desc). */
export const activityCursorSchema = z.strictObject({
  createdAt: timestampSchema,
  id: z.int().positive(),
});
export type ActivityCursor = z.infer<typeof activityCursorSchema>;

export const ACTIVITY_PAGE_SIZE = 50;
export const ACTIVITY_PAGE_SIZE_MAX = 200;

export const activityPageInputSchema = z.strictObject({
  filter: activityFilterSchema,
  cursor: activityCursorSchema.nullable().default(null),
  limit: z.int().min(1).max(ACTIVITY_PAGE_SIZE_MAX).default(ACTIVITY_PAGE_SIZE),
});
export type ActivityPageInput = z.input<typeof activityPageInputSchema>;

export const activityPageSchema = z.strictObject({
  events: z.array(integrationEventSchema),
  /** Null when this was the last page. */
  nextCursor: activityCursorSchema.nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

export const ACTIVITY_CHART_DAYS = 30;

/**
 * Per-day counts for one integration over the last 30 days, in the given IANA time zone (the
 * renderer's `Intl.DateTimeFormat().resolvedOptions().timeZone`), oldest day first, days without
 * events included as zeros. `tests` counts connection_test events, `reads` credentials_read
 * events that are real use (not the app's own test reads).
 */
export const activityDailyInputSchema = z.strictObject({
  integrationId: integrationIdSchema,
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_+\-/]+$/, 'time_zone_format'),
});
export const activityDailySchema = z.strictObject({
  days: z
    .array(
      z.strictObject({
        day: z.iso.date(),
        tests: z.int().min(0),
        reads: z.int().min(0),
      }),
    )
    .max(ACTIVITY_CHART_DAYS + 1),
});
export type ActivityDaily = z.infer<typeof activityDailySchema>;

/**
 * CSV export of every event that matches the filter (all pages). Main asks where to save with a
 * native dialog (its words from shared/i18n/native-words.ts) and writes the file; the page never
 * names a path. `saved` is false when the person cancelled the dialog.
 */
export const activityExportInputSchema = z.strictObject({ filter: activityFilterSchema });
export const activityExportResultSchema = z.strictObject({
  saved: z.boolean(),
  rows: z.int().min(0),
});
export type ActivityExportResult = z.infer<typeof activityExportResultSchema>;
