import { z } from 'zod';

/*
 * "Preparar proyecto": main applies the app's bundled migrations to the user's Supabase database
 * over a direct Postgres connection, the way `supabase db push` does. What crosses the bridge:
 * the connection string in (once, never stored, never sent back), and steps and codes out.
 */

/** The steps, in order; each progress event names one. */
export const PROJECT_SETUP_STEPS = [
  'connect',
  'check_vault',
  'read_history',
  'apply',
  'verify',
] as const;
export type ProjectSetupStep = (typeof PROJECT_SETUP_STEPS)[number];

/**
 * A Postgres connection string as the dashboard shows it (Connect → direct connection or session
 * pooler): `postgresql://user:password@host:port/database`. Only the shape is checked here; main
 * parses it again and never stores or echoes it.
 */
export const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, 'database_url_required')
  .max(2048, 'database_url_invalid')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'postgresql:' || url.protocol === 'postgres:') && url.hostname !== ''
      );
    } catch {
      return false;
    }
  }, 'database_url_invalid');

export const prepareProjectInputSchema = z.strictObject({ databaseUrl: databaseUrlSchema });
export type PrepareProjectInput = z.infer<typeof prepareProjectInputSchema>;

/** A migration's version: the timestamp its file name starts with, as the Supabase CLI records it. */
export const migrationVersionSchema = z.string().regex(/^\d{14}$/);

export const prepareProjectResultSchema = z.strictObject({
  /** `up_to_date` when there was nothing to apply. */
  outcome: z.enum(['prepared', 'up_to_date']),
  applied: z.array(migrationVersionSchema),
  /** The newest migration the database now has. */
  schemaVersion: migrationVersionSchema,
});
export type PrepareProjectResult = z.infer<typeof prepareProjectResultSchema>;

export const projectSetupProgressSchema = z
  .strictObject({
    step: z.enum(PROJECT_SETUP_STEPS),
    /** While applying: how many of the pending migrations are done. */
    done: z.int().min(0).optional(),
    total: z.int().min(0).optional(),
  })
  .refine((p) => p.done === undefined || (p.total !== undefined && p.done <= p.total));
export type ProjectSetupProgress = z.infer<typeof projectSetupProgressSchema>;

/** How the signed-in project's schema compares with the app's. */
export const schemaStatusSchema = z.strictObject({
  status: z.enum(['current', 'outdated', 'newer', 'unknown']),
  /** The database's newest migration, when it says (null: an older schema without the check). */
  databaseVersion: migrationVersionSchema.nullable(),
  appVersion: migrationVersionSchema,
});
export type SchemaStatus = z.infer<typeof schemaStatusSchema>;
