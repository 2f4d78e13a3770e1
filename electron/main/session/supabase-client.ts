import { createClient } from '@supabase/supabase-js';
import type { SupabaseClient, SupportedStorage } from '@supabase/supabase-js';
import type { Database } from '../../../shared/database.types.ts';
import type { FetchLike } from './observed-fetch.ts';

export interface MainClientOptions {
  supabaseUrl: string;
  supabaseAnonKey: string;
  storage: SupportedStorage;
  storageKey: string;
  fetch: FetchLike;
}

/** auth-js's default storage key for a project URL (`sb-<first label of the host>-auth-token`). */
export function defaultStorageKey(supabaseUrl: string): string {
  return `sb-${new URL(supabaseUrl).hostname.split('.')[0]}-auth-token`;
}

/**
 * The one supabase-js client of the main process. Options, and why:
 * - `storage`: our sealed store, so tokens live only in main, under a keychain key;
 * - `autoRefreshToken: false`: in Node auth-js would otherwise start its refresh ticker at
 *   construction and refresh during start-up; the app starts and stops it with its online state
 *   (`startAutoRefresh`/`stopAutoRefresh`), as auth-js recommends for Electron, and an offline
 *   cold start makes no refresh attempt;
 * - `detectSessionInUrl: false`: there is no page URL in main;
 * - `flowType: 'pkce'`: OAuth/magic links, when added, come back as a code for this client only;
 * - `db.retry: false`: postgrest-js would retry a failed GET for 7 s; the offline controller owns
 *   retrying (with backoff) and the UI should learn at once that the server is out of reach.
 */
export function createMainSupabaseClient(options: MainClientOptions): MainSupabaseClient {
  return createClient<Database>(options.supabaseUrl, options.supabaseAnonKey, {
    auth: {
      storage: options.storage,
      storageKey: options.storageKey,
      persistSession: true,
      autoRefreshToken: false,
      detectSessionInUrl: false,
      flowType: 'pkce',
    },
    db: { retry: false },
    global: { fetch: options.fetch },
  });
}

/**
 * auth-js (2.119) caches a failed refresh for 60 s per refresh token (`lastRefreshFailure`) to
 * damp refresh storms. Our reconnect loop paces retries itself, and a reconnect after the network
 * returns must really try, so that cache is cleared before an explicit refresh. The field is
 * private; a unit test fails if a supabase-js upgrade renames it.
 */
export function forgetRefreshFailure(client: MainSupabaseClient): void {
  const auth = client.auth as unknown as Record<string, unknown>;
  if ('lastRefreshFailure' in auth) auth.lastRefreshFailure = null;
}

/**
 * The client type, typed by the database types generated from the migrations
 * (shared/database.types.ts, `npm run db:types`): table names, selected columns, RPC names and
 * their arguments are checked by the compiler. Rows are still parsed with zod at the edge: the
 * server may run a schema newer than the app.
 */
export type MainSupabaseClient = SupabaseClient<Database>;

// supabase-js silently types everything as `any` when it cannot read a Database type (e.g. a shape
// it no longer accepts after an upgrade); then any RPC name would compile. This stops compiling.
type RpcName = Parameters<MainSupabaseClient['rpc']>[0];
type _ReadsGeneratedTypes = Assert<
  RpcName extends keyof Database['public']['Functions'] ? true : false
>;
type Assert<T extends true> = T;
