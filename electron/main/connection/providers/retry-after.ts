/**
 * Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), when present and
 * sensible (RFC 9110 §10.2.3). Headers of any SDK's shape: a Headers object or a plain record
 * (anything else has none).
 */
export function retryAfterSeconds(headers: unknown, now: number = Date.now()): number | undefined {
  if (headers instanceof Headers) return parseRetryAfter(headers.get('retry-after'), now);
  if (typeof headers !== 'object' || headers === null) return undefined;
  const record = headers as Record<string, unknown>;
  const value = record['retry-after'] ?? record['Retry-After'];
  return parseRetryAfter(typeof value === 'string' ? value : undefined, now);
}

/** The same, from the header's value alone (a pipeline that kept only that). */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
