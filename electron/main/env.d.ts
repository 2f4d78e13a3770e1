/**
 * Build-time values electron-vite bakes into the main bundle: every `MAIN_VITE_*` variable in the
 * environment (or a .env file) of `electron-vite build` becomes `import.meta.env.MAIN_VITE_*`.
 * https://electron-vite.org/guide/env-and-mode
 *
 * Only non-secret values belong here: they end up readable in the packaged app.
 */
interface ImportMetaEnv {
  /** The Supabase project URL the app connects to unless the user picks another in Settings. */
  readonly MAIN_VITE_SUPABASE_URL?: string;
  /** That project's anon or publishable key (never a service_role or sb_secret_ key). */
  readonly MAIN_VITE_SUPABASE_ANON_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
