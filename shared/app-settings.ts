import { z } from 'zod';
import { listViewSchema } from './list-view.ts';
import { autoLockMinutesSchema } from './lock.ts';
import {
  type SettingsIssue,
  supabaseAnonKeyIssue,
  supabaseUrlIssue,
  supabaseOriginOf,
} from './supabase-connection-issues.ts';
import { classifySupabaseKey, projectRefOf } from './supabase-key-kind.ts';
import { TOO_LONG } from './field-issues.ts';

/*
 * App settings: which Supabase project the app talks to, and UI preferences. None of this is
 * secret: the anon / publishable key is meant to ship inside client apps, and Row Level Security
 * is what protects the data. The one thing these schemas must never let through is a key that
 * BYPASSES Row Level Security (service_role JWT, sb_secret_… key): a desktop app is a client, and
 * anyone who has the app has its keys.
 * https://supabase.com/docs/guides/api/api-keys
 */

export const LANGUAGES = ['system', 'en', 'es'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const uiPreferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  /** A native notification when a key stops working because of use elsewhere; absent: on. */
  notifyFailures: z.boolean().optional(),
  /** Sort, density and filters of the integration list; absent until the user changes one. */
  listView: listViewSchema.optional(),
  /**
   * Minutes of system idle time before the app locks; `null`: never ("Nunca"); absent: the
   * default (shared/lock.ts). Locking is enabled unless null, so a restart with a stored
   * session starts locked; the lock itself is never saved.
   */
  autoLockMinutes: autoLockMinutesSchema.nullable().optional(),
});
export type UiPreferences = z.infer<typeof uiPreferencesSchema>;

/**
 * Language and theme alone: what the unlock screen may change while the app is locked (issue #13
 * §3), through a channel that cannot touch anything else, such as the auto-lock time.
 */
export const appearanceSchema = uiPreferencesSchema.pick({ language: true, theme: true });
export type Appearance = z.infer<typeof appearanceSchema>;
export const DEFAULT_UI_PREFERENCES: UiPreferences = {
  language: 'system',
  theme: 'system',
  notifyFailures: true,
};

function refine(issueOf: (value: string) => SettingsIssue | null) {
  return (value: string, ctx: z.RefinementCtx): void => {
    const issue = issueOf(value);
    if (issue) {
      ctx.addIssue({
        code: 'custom',
        message: issue.key,
        params: { reason: issue.reason, english: issue.message },
      });
    }
  };
}

/**
 * A project URL, parsed once: accepted only when the text is exactly its origin (a trailing slash
 * aside), and turned into that origin, the only form the app stores, compares and shows.
 */
export const supabaseUrlSchema = z
  .string()
  .max(2048, TOO_LONG)
  .superRefine(refine(supabaseUrlIssue))
  // (An overwrite, not a transform, so the IPC schemas stay describable as JSON Schema; it also
  // runs after a refused value, which keeps its text.)
  .overwrite((value) => supabaseOriginOf(value) ?? value);

export const supabaseAnonKeySchema = z
  .string()
  .trim()
  .max(4096, TOO_LONG)
  .superRefine(refine(supabaseAnonKeyIssue));

/** Which Supabase project to use. Validated wherever it comes from: settings file, build, user. */
export const connectionSettingsSchema = z
  .strictObject({ supabaseUrl: supabaseUrlSchema, supabaseAnonKey: supabaseAnonKeySchema })
  .superRefine((connection, ctx) => {
    // A hosted project's anon JWT names its project: catch a key pasted from another project.
    const key = classifySupabaseKey(connection.supabaseAnonKey);
    const urlRef = projectRefOf(connection.supabaseUrl);
    if (key.kind === 'jwt' && key.ref && urlRef && key.ref !== urlRef) {
      ctx.addIssue({
        code: 'custom',
        path: ['supabaseAnonKey'],
        message: 'project_key_other_project',
        params: {
          reason: 'project_mismatch',
          english: `This key belongs to the project "${key.ref}", but the URL points to "${urlRef}".`,
        },
      });
    }
  });
export type ConnectionSettings = z.infer<typeof connectionSettingsSchema>;

/**
 * Where the connection in use came from, highest precedence first: the user's settings, values
 * baked in at build time, the local development stack (`npm run dev` only), or nothing at all
 * (the renderer then explains how to connect a project).
 */
export const SETTINGS_SOURCES = ['settings', 'build', 'local-dev', 'none'] as const;
export type SettingsSource = (typeof SETTINGS_SOURCES)[number];

export const resolvedSettingsSchema = z.strictObject({
  connection: connectionSettingsSchema.nullable(),
  source: z.enum(SETTINGS_SOURCES),
  preferences: uiPreferencesSchema,
});
export type ResolvedSettings = z.infer<typeof resolvedSettingsSchema>;

/** An issue of these schemas in English, for build tools and logs (the page words the key). */
export function englishIssue(issue: { message: string; params?: unknown }): string {
  const english = (issue.params as { english?: unknown } | undefined)?.english;
  return typeof english === 'string' ? english : issue.message;
}
