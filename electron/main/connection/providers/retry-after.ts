/**
 * Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), when present and
 * sensible (RFC 9110 §10.2.3). Headers of any SDK's shape: a Headers object or a plain record.
 */
export function retryAfterSeconds(
  headers: Headers | Record<string, string | undefined> | undefined | null,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const value =
    headers instanceof Headers
      ? headers.get('retry-after')
      : (headers['retry-after'] ?? headers['Retry-After']);
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
