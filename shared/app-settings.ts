import { z } from 'zod';
import { fieldIssueMessage } from './field-issues.ts';
import { listViewSchema } from './list-view.ts';
import { autoLockMinutesSchema } from './lock.ts';

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
export const DEFAULT_UI_PREFERENCES: UiPreferences = {
  language: 'system',
  theme: 'system',
  notifyFailures: true,
};

/** Why a URL or key was refused; the renderer can pick a translated message by this. */
export type SettingsIssueReason =
  | 'required'
  | 'invalid_url'
  | 'insecure_url'
  | 'url_has_credentials'
  | 'url_not_project_root'
  | 'url_not_normalized'
  | 'secret_key'
  | 'service_role_key'
  | 'wrong_key_role'
  | 'not_a_supabase_key'
  | 'project_mismatch';

// http:// is fine only where nothing leaves the machine: a local Supabase started for development.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What a pasted key is, judged by its shape (and, for a JWT, by its payload's `role`). */
export type SupabaseKeyKind =
  | { kind: 'publishable' }
  | { kind: 'secret' }
  | { kind: 'jwt'; role: string | null; ref: string | null }
  | { kind: 'unknown' };

const PUBLISHABLE_KEY = /^sb_publishable_[A-Za-z0-9_-]{10,}$/;
const JWT = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/** Decodes a JWT payload WITHOUT verifying it: only to recognise the key's role, never to trust it. */
function jwtPayload(token: string): Record<string, unknown> | null {
  const segment = JWT.exec(token)?.[1];
  if (!segment) return null;
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const payload: unknown = JSON.parse(json);
    return payload !== null && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function classifySupabaseKey(key: string): SupabaseKeyKind {
  if (key.startsWith('sb_secret_')) return { kind: 'secret' };
  if (PUBLISHABLE_KEY.test(key)) return { kind: 'publishable' };
  const payload = jwtPayload(key);
  if (payload) {
    const text = (value: unknown): string | null =>
      typeof value === 'string' ? value.slice(0, 100) : null;
    return { kind: 'jwt', role: text(payload.role), ref: text(payload.ref) };
  }
  return { kind: 'unknown' };
}

/**
 * A refused URL or key: the reason, the validation key the page words (validation.<key> in the
 * renderer's catalogues), and an English sentence for build tools and logs, which have none.
 */
type Issue = { reason: SettingsIssueReason; key: string; message: string };

/**
 * The origin the app would talk to for a typed project URL (`new URL(v).origin`), or null when it
 * does not parse as an http(s) URL. This is what the page shows before saving and what main
 * stores, compares and shows in its dialog: never the typed string, which the URL parser may read
 * differently from a person (it silently drops tabs and line breaks, so thirty newlines can push
 * ".attacker.example" out of sight).
 */
export function supabaseOriginOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function supabaseUrlIssue(value: string): Issue | null {
  if (value.trim() === '')
    return {
      reason: 'required',
      message: 'Enter your Supabase project URL.',
      key: 'project_url_required',
    };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      reason: 'invalid_url',
      message: 'Enter a URL such as https://your-project.supabase.co.',
      key: 'project_url_invalid',
    };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      reason: 'insecure_url',
      message:
        'Use an https:// URL. Plain http:// is allowed only for a local Supabase on 127.0.0.1 or localhost.',
      key: 'project_url_insecure',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      reason: 'invalid_url',
      message: 'Enter an https:// URL.',
      key: 'project_url_not_https',
    };
  }
  if (url.username || url.password) {
    return {
      reason: 'url_has_credentials',
      message: 'Remove the user name and password from the URL.',
      key: 'project_url_has_credentials',
    };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return {
      reason: 'url_not_project_root',
      message:
        'Use the project URL alone, like https://your-project.supabase.co, without a path such as /rest/v1.',
      key: 'project_url_not_root',
    };
  }
  // Only the origin itself, or with one trailing slash: anything else the parser changed (hidden
  // whitespace, capitals, a default port, an IDN) would make the text read as another address.
  if (value !== url.origin && value !== `${url.origin}/`) {
    return {
      reason: 'url_not_normalized',
      key: fieldIssueMessage('url_not_normalized'),
      message:
        'Type the URL exactly as its origin (no hidden characters, capitals or default port).',
    };
  }
  return null;
}

const SECRET_KEY_MESSAGE =
  'must never be put in a desktop app: it bypasses Row Level Security, and anyone with the app could read it. Paste the anon or publishable key instead (Project Settings → API Keys).';

export function supabaseAnonKeyIssue(value: string): Issue | null {
  if (value === '') {
    return {
      reason: 'required',
      message: "Enter your project's anon (publishable) key.",
      key: 'project_key_required',
    };
  }
  const key = classifySupabaseKey(value);
  switch (key.kind) {
    case 'publishable':
      return null;
    case 'secret':
      return {
        reason: 'secret_key',
        message: `This is a secret key (sb_secret_…). It ${SECRET_KEY_MESSAGE}`,
        key: 'project_key_secret',
      };
    case 'jwt':
      if (key.role === 'anon') return null;
      if (key.role === 'service_role') {
        return {
          reason: 'service_role_key',
          message: `This is the service_role key. It ${SECRET_KEY_MESSAGE}`,
          key: 'project_key_service_role',
        };
      }
      return {
        reason: 'wrong_key_role',
        message: `This key's role is ${key.role === null ? 'missing' : `"${key.role}"`}, not "anon". Paste the anon (publishable) key.`,
        key: 'project_key_wrong_role',
      };
    case 'unknown':
      return {
        reason: 'not_a_supabase_key',
        message:
          'This does not look like a Supabase anon key (a long token starting with eyJ) or a publishable key (starting with sb_publishable_).',
        key: 'project_key_unknown',
      };
  }
}

/** The project ref of a hosted project URL (`https://<ref>.supabase.co`), or null for any other host. */
export function projectRefOf(supabaseUrl: string): string | null {
  try {
    return /^([a-z0-9]+)\.supabase\.co$/.exec(new URL(supabaseUrl).hostname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function refine(issueOf: (value: string) => Issue | null) {
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
  .max(2048)
  .superRefine(refine(supabaseUrlIssue))
  // (An overwrite, not a transform, so the IPC schemas stay describable as JSON Schema; it also
  // runs after a refused value, which keeps its text.)
  .overwrite((value) => supabaseOriginOf(value) ?? value);

export const supabaseAnonKeySchema = z
  .string()
  .trim()
  .max(4096)
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
