import { APP_PROTOCOL } from '../../../shared/deep-link.ts';

/*
 * The one deep link main acts on: `aterges://auth/callback?code=…` (Supabase Auth's PKCE redirect
 * after a confirmation or password-reset link), or the same address with the error Auth redirects
 * with (`error`, `error_code`, `error_description`; in the query for the PKCE flow and always in
 * the fragment: supabase/auth internal/api/verify.go `prepErrorRedirectURL`).
 *
 * Anyone can make the OS open an `aterges://` address (a web page, another program), so the URL
 * is hostile input: it is accepted only in exactly this shape, and neither it nor any of its text
 * ever reaches the page or a log line. `error_description` is never read: it is free text written
 * by whoever made the link. A session carried in the link itself (`access_token`, the implicit
 * flow) is refused: accepting it would sign the app into whatever account the link's author
 * chose, and the user would then store their credentials in that account's vault. A code is safe
 * to accept because it can be exchanged only with the PKCE verifier this app kept when it asked
 * for the mail (auth-js `exchangeCodeForSession`).
 */

/** Far more than Auth's redirect needs (a UUID code, or an error and its description). */
export const MAX_DEEP_LINK_LENGTH = 2048;

/** GoTrue's auth codes are UUIDs; this leaves room for other forms but not for arbitrary text. */
const CODE_PATTERN = /^[A-Za-z0-9._~-]{8,256}$/;
/** GoTrue error codes (apierrors/errorcode.go) and OAuth error names are snake_case words. */
const ERROR_CODE_PATTERN = /^[a-z0-9_]{1,64}$/;

const QUERY_KEYS = new Set(['code', 'error', 'error_code', 'error_description']);
const FRAGMENT_KEYS = new Set(['error', 'error_code', 'error_description']);
/** Signs of a session in the link (the implicit flow's redirect, auth-js `_getSessionFromURL`). */
const SESSION_KEYS = ['access_token', 'refresh_token', 'provider_token', 'provider_refresh_token'];

export type AuthCallback =
  /** Exchange with `exchangeCodeForSession`. */
  | { kind: 'code'; code: string }
  /**
   * Auth refused the link; `errorCode` is a well-formed code (still untrusted) or null. `error` is
   * the OAuth error name (`access_denied`…; RFC 6749 §4.1.2.1), well-formed or null: a provider's
   * refusal comes back with it alone (supabase/auth external.go redirectErrors, OAuthError).
   */
  | { kind: 'error'; errorCode: string | null; error?: string | null };

/** Why a deep link was refused: for the log (never the URL itself) and the user's notice. */
export type DeepLinkRefusal =
  | 'not_text'
  | 'too_long'
  | 'not_a_url'
  | 'wrong_scheme'
  | 'wrong_target'
  | 'credentials_in_link'
  | 'session_in_link'
  | 'unexpected_parameter'
  | 'repeated_parameter'
  | 'malformed_code'
  | 'code_and_error'
  | 'nothing_to_do';

export type ParsedDeepLink =
  { ok: true; callback: AuthCallback } | { ok: false; refusal: DeepLinkRefusal };

const refuse = (refusal: DeepLinkRefusal): ParsedDeepLink => ({ ok: false, refusal });

export function parseAuthCallbackUrl(input: unknown): ParsedDeepLink {
  if (typeof input !== 'string') return refuse('not_text');
  if (input.length > MAX_DEEP_LINK_LENGTH) return refuse('too_long');
  // Control characters and spaces would be dropped or encoded by the URL parser; a link that
  // needs that is not one Auth wrote.
  if (hasControlSpaceOrBackslash(input)) return refuse('not_a_url');
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return refuse('not_a_url');
  }
  if (url.protocol !== `${APP_PROTOCOL}:`) return refuse('wrong_scheme');
  if (url.username !== '' || url.password !== '') return refuse('credentials_in_link');
  // Windows and some browsers add a slash to the path of a custom-protocol URL.
  if (url.host !== 'auth' || (url.pathname !== '/callback' && url.pathname !== '/callback/')) {
    return refuse('wrong_target');
  }

  const query = new URLSearchParams(url.search);
  const fragment = new URLSearchParams(url.hash.slice(1));
  if (SESSION_KEYS.some((key) => query.has(key) || fragment.has(key))) {
    return refuse('session_in_link');
  }
  const checked = checkKeys(query, QUERY_KEYS) ?? checkKeys(fragment, FRAGMENT_KEYS);
  if (checked) return refuse(checked);

  const code = query.get('code');
  const hasError = query.has('error') || query.has('error_code') || fragment.has('error');
  if (code !== null && (hasError || fragment.size > 0)) return refuse('code_and_error');
  if (code !== null) {
    return CODE_PATTERN.test(code)
      ? { ok: true, callback: { kind: 'code', code } }
      : refuse('malformed_code');
  }
  if (hasError || fragment.has('error_code')) {
    const errorCode = query.get('error_code') ?? fragment.get('error_code');
    const error = query.get('error') ?? fragment.get('error');
    return {
      ok: true,
      callback: {
        kind: 'error',
        errorCode: wellFormed(errorCode),
        ...(error === null ? {} : { error: wellFormed(error) }),
      },
    };
  }
  return refuse('nothing_to_do');
}

function wellFormed(code: string | null): string | null {
  return code !== null && ERROR_CODE_PATTERN.test(code) ? code : null;
}

function hasControlSpaceOrBackslash(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\\') return true;
  }
  return false;
}

function checkKeys(params: URLSearchParams, allowed: ReadonlySet<string>): DeepLinkRefusal | null {
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!allowed.has(key)) return 'unexpected_parameter';
    if (seen.has(key)) return 'repeated_parameter';
    seen.add(key);
  }
  return null;
}
