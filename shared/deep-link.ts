/*
 * The app's custom protocol and the one deep link it accepts. Supabase Auth redirects the
 * confirmation and password-reset links here (`emailRedirectTo` / `redirectTo`); the project's
 * allowed redirect URLs must list it (supabase/config.toml `additional_redirect_urls`, and the
 * dashboard's URL Configuration for a hosted project).
 */
export const APP_PROTOCOL = 'aterges';
export const AUTH_CALLBACK_URL = `${APP_PROTOCOL}://auth/callback`;
