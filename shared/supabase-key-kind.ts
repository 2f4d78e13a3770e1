/*
 * Recognising a pasted Supabase key by its shape, and the project a hosted URL or anon JWT names.
 * Only to refuse keys that must never ship in a client app; nothing here trusts a key.
 * https://supabase.com/docs/guides/api/api-keys
 */

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

/** The project ref of a hosted project URL (`https://<ref>.supabase.co`), or null for any other host. */
export function projectRefOf(supabaseUrl: string): string | null {
  try {
    return /^([a-z0-9]+)\.supabase\.co$/.exec(new URL(supabaseUrl).hostname)?.[1] ?? null;
  } catch {
    return null;
  }
}
