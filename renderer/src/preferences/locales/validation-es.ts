/*
 * The shared zod schemas (shared/credentials.ts, integration-config.ts, integration.ts,
 * session.ts, app-settings.ts) write their messages in English because main uses them too. The renderer shows
 * them in Spanish through this table, keyed by the exact English text; a message missing here
 * is shown in English rather than hidden (`validation-messages.test.ts` lists the ones it finds).
 */
export const validationEs: Readonly<Record<string, string>> = {
  'Enter a valid e-mail address.': 'Introduce una dirección de correo válida.',
  'Use at least 8 characters.': 'Usa al menos 8 caracteres.',
  'Passwords are at most 72 bytes (accents and emoji count double or more).':
    'Las contraseñas tienen como máximo 72 bytes (los acentos y emojis cuentan doble o más).',
  'Enter your password.': 'Introduce tu contraseña.',
  // shared/app-settings.ts: the Supabase project URL and anon key.
  'Enter your Supabase project URL.': 'Introduce la URL de tu proyecto de Supabase.',
  'Enter a URL such as https://your-project.supabase.co.':
    'Introduce una URL como https://tu-proyecto.supabase.co.',
  'Use an https:// URL. Plain http:// is allowed only for a local Supabase on 127.0.0.1 or localhost.':
    'Usa una URL https://. http:// sin cifrar solo se admite para un Supabase local en 127.0.0.1 o localhost.',
  'Enter an https:// URL.': 'Introduce una URL https://.',
  'Remove the user name and password from the URL.':
    'Quita el nombre de usuario y la contraseña de la URL.',
  'Use the project URL alone, like https://your-project.supabase.co, without a path such as /rest/v1.':
    'Usa solo la URL del proyecto, como https://tu-proyecto.supabase.co, sin una ruta como /rest/v1.',
  "Enter your project's anon (publishable) key.":
    'Introduce la clave anon (publicable) de tu proyecto.',
  'This is a secret key (sb_secret_…). It must never be put in a desktop app: it bypasses Row Level Security, and anyone with the app could read it. Paste the anon or publishable key instead (Project Settings → API Keys).':
    'Esta es una clave secreta (sb_secret_…). Nunca debe ponerse en una aplicación de escritorio: se salta la seguridad a nivel de fila (Row Level Security) y cualquiera que tenga la aplicación podría leerla. Pega en su lugar la clave anon o publicable (Project Settings → API Keys).',
  'This is the service_role key. It must never be put in a desktop app: it bypasses Row Level Security, and anyone with the app could read it. Paste the anon or publishable key instead (Project Settings → API Keys).':
    'Esta es la clave service_role. Nunca debe ponerse en una aplicación de escritorio: se salta la seguridad a nivel de fila (Row Level Security) y cualquiera que tenga la aplicación podría leerla. Pega en su lugar la clave anon o publicable (Project Settings → API Keys).',
  'This key\'s role is missing, not "anon". Paste the anon (publishable) key.':
    'Esta clave no indica ningún rol, y debe ser "anon". Pega la clave anon (publicable).',
  'This does not look like a Supabase anon key (a long token starting with eyJ) or a publishable key (starting with sb_publishable_).':
    'No parece una clave anon de Supabase (un token largo que empieza por eyJ) ni una clave publicable (que empieza por sb_publishable_).',
};

/**
 * Messages with a variable part, as pattern → Spanish template: the renderer's own, and zod's
 * defaults for the few checks the shared schemas leave without a message (e.g. max lengths).
 */
export const validationPatternsEs: ReadonlyArray<readonly [RegExp, string]> = [
  [/^The key file has no valid "(.+)"\.$/, 'El archivo de clave no tiene un "$1" válido.'],
  [
    /^This key's role is "(.*)", not "anon"\. Paste the anon \(publishable\) key\.$/,
    'El rol de esta clave es "$1", no "anon". Pega la clave anon (publicable).',
  ],
  [
    /^This key belongs to the project "(.*)", but the URL points to "(.*)"\.$/,
    'Esta clave es del proyecto "$1", pero la URL apunta a "$2".',
  ],
  [
    /^Too big: expected string to have <=(\d+) characters$/,
    'Demasiado largo: como máximo $1 caracteres.',
  ],
  [
    /^Too small: expected string to have >=(\d+) characters$/,
    'Demasiado corto: al menos $1 caracteres.',
  ],
];
