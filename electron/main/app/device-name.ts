import { hostname } from 'node:os';

/**
 * This computer's name, as the activity shows which device ran a test (issue #14 §5): the OS host
 * name, one printable line of at most 64 characters (what record_connection_test accepts), or
 * null when there is none. A host name is the person's own label for the machine, not a secret.
 */
export function thisDeviceName(name: string = hostname()): string | null {
  // Control, format (zero-width, direction-changing) and line/paragraph separators go: the
  // database refuses them in a name shown to people, as it refuses them in integration names.
  const printable = name.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim();
  // Cut by code points, not UTF-16 units, so no half of a surrogate pair is left.
  return printable === '' ? null : Array.from(printable).slice(0, 64).join('');
}
