import type { MainSupabaseClient } from '../session/supabase-client.ts';
import { mapPostgrestFailure } from './vault-errors.ts';

/**
 * The newest migration the project's database records (public.app_schema_version, migration
 * 20261205400000). `found: false` when the function itself is missing: PostgREST answers
 * PGRST202, so the schema predates it and is older than this app.
 */
export async function readSchemaVersion(
  client: MainSupabaseClient,
): Promise<{ found: boolean; version: string | null }> {
  const { data, error, status } = await client.rpc('app_schema_version');
  if (error?.code === 'PGRST202') return { found: false, version: null };
  if (error) throw mapPostgrestFailure({ error, status });
  return { found: true, version: typeof data === 'string' ? data : null };
}
