import type { RawConnection } from './settings-store.ts';

/**
 * The connection baked in by `electron-vite build` from MAIN_VITE_SUPABASE_URL and
 * MAIN_VITE_SUPABASE_ANON_KEY. The only place that reads Vite's build-time environment, so the store itself
 * runs under plain Node; the store validates these values like any other input.
 */
export function buildTimeConnection(): RawConnection | null {
  return rawConnection(
    import.meta.env.MAIN_VITE_SUPABASE_URL,
    import.meta.env.MAIN_VITE_SUPABASE_ANON_KEY,
  );
}

/**
 * The local Supabase stack that `npm run dev` starts when nothing else is configured, passed in
 * ATERGES_LOCAL_SUPABASE_URL and ATERGES_LOCAL_SUPABASE_ANON_KEY. Ignored in a packaged app, so
 * an environment variable can never point an installed app at another server.
 */
export function localDevConnection(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): RawConnection | null {
  if (isPackaged) return null;
  return rawConnection(env.ATERGES_LOCAL_SUPABASE_URL, env.ATERGES_LOCAL_SUPABASE_ANON_KEY);
}

function rawConnection(url: string | undefined, key: string | undefined): RawConnection | null {
  if (!url && !key) return null;
  return { supabaseUrl: url ?? '', supabaseAnonKey: key ?? '' };
}
