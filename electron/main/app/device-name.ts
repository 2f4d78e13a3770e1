import { hostname } from 'node:os';

/**
 * This computer's name, as the activity shows which device ran a test (issue #14 §5): the OS host
 * name, one printable line of at most 64 characters (what record_connection_test accepts), or
 * null when there is none. A host name is the person's own label for the machine, not a secret.
 */
export function thisDeviceName(name: string = hostname()): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const printable = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return printable === '' ? null : printable.slice(0, 64);
}
