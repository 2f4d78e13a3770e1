import type pg from 'pg';

/*
 * The pg client settings for a connection string the user pasted. TLS as libpq's default does it
 * for a remote host (encrypted, certificate not checked: Supabase's server certificates chain to
 * Supabase's own CA, which is not in the system store), unless the string asks for something else
 * with `sslmode` (e.g. `sslmode=verify-full&sslrootcert=<the project's CA file>`, which pg
 * honours). A loopback database gets no TLS, as `supabase start`'s has none.
 */

const CONNECT_TIMEOUT_MS = 10_000;
/** A migration that runs longer than this is stuck on a lock, not working. */
const STATEMENT_TIMEOUT_MS = 120_000;

export function clientConfigFor(databaseUrl: string): pg.ClientConfig {
  const url = new URL(databaseUrl);
  const base: pg.ClientConfig = {
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: 'aterges-desktop-setup',
  };
  if (url.searchParams.has('sslmode')) return base;
  const loopback = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(url.hostname);
  return loopback ? base : { ...base, ssl: { rejectUnauthorized: false } };
}
