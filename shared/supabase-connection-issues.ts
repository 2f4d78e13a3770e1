import { fieldIssueMessage } from './field-issues.ts';
import { classifySupabaseKey } from './supabase-key-kind.ts';

/*
 * Why a typed project URL or anon key is refused: a reason code, the validation key the page words,
 * and an English sentence for build tools and logs. A key that bypasses Row Level Security
 * (service_role JWT, sb_secret_… key) is always refused: anyone who has the app has its keys.
 * https://supabase.com/docs/guides/api/api-keys
 */

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

/**
 * A refused URL or key: the reason, the validation key the page words (validation.<key> in the
 * renderer's catalogues), and an English sentence for build tools and logs, which have none.
 */
export type SettingsIssue = { reason: SettingsIssueReason; key: string; message: string };

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

export function supabaseUrlIssue(value: string): SettingsIssue | null {
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

export function supabaseAnonKeyIssue(value: string): SettingsIssue | null {
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
