/*
 * The shared zod schemas (shared/credentials.ts, integration-config.ts, integration.ts,
 * session.ts, app-settings.ts) write their messages in English because main uses them too. The renderer shows
 * them in Spanish through this table, keyed by the exact English text; a message missing here
 * is shown in English rather than hidden (`validation-messages.test.ts` lists the ones it finds).
 */
export const validationEs: Readonly<Record<string, string>> = {
  'Enter an OpenAI secret key (it starts with "sk-").':
    'Introduce una clave secreta de OpenAI (empieza por "sk-").',
  'Enter an access key ID: 20 characters starting with AKIA or ASIA.':
    'Introduce un ID de clave de acceso: 20 caracteres que empiezan por AKIA o ASIA.',
  'Enter the 40-character secret access key.':
    'Introduce la clave de acceso secreta de 40 caracteres.',
  'The session token is too short.': 'El token de sesión es demasiado corto.',
  'The session token is too long.': 'El token de sesión es demasiado largo.',
  'Temporary (ASIA…) keys need their session token.':
    'Las claves temporales (ASIA…) necesitan su token de sesión.',
  'Enter the directory (tenant) ID or its domain.':
    'Introduce el ID de directorio (inquilino) o su dominio.',
  'Enter the application (client) ID, a GUID.': 'Introduce el ID de aplicación (cliente), un GUID.',
  'Enter the client secret value (not its ID).':
    'Introduce el valor del secreto de cliente (no su ID).',
  'The client secret is too long.': 'El secreto de cliente es demasiado largo.',
  'This is not a service-account key (its "type" must be "service_account").':
    'No es una clave de cuenta de servicio (su "type" debe ser "service_account").',
  'project_id is missing.': 'Falta project_id.',
  'client_email must be the service account e-mail.':
    'client_email debe ser el correo de la cuenta de servicio.',
  'private_key_id is missing or malformed.': 'Falta private_key_id o no es válido.',
  'private_key must be a PEM private key.': 'private_key debe ser una clave privada PEM.',
  'token_uri must be a URL.': 'token_uri debe ser una URL.',
  'private_key could not be read as an RSA private key.':
    'private_key no se pudo leer como clave privada RSA.',
  'The key file is too large.': 'El archivo de clave es demasiado grande.',
  'This is not valid JSON. Paste the whole key file.':
    'No es un JSON válido. Pega el archivo de clave completo.',
  'Enter a full URL (https://…).': 'Introduce una URL completa (https://…).',
  'Use https (http only for localhost).': 'Usa https (http solo para localhost).',
  'Organization IDs look like org-…': 'Los ID de organización tienen la forma org-…',
  'Project IDs look like proj_…': 'Los ID de proyecto tienen la forma proj_…',
  'Enter an AWS region such as us-east-1.': 'Introduce una región de AWS, como us-east-1.',
  'Choose one of Microsoft’s clouds: global, US Government or China.':
    'Elige una de las nubes de Microsoft: global, Gobierno de EE. UU. o China.',
  'Give the integration a name.': 'Ponle un nombre a la integración.',
  'Names are at most 100 characters.': 'Los nombres tienen como máximo 100 caracteres.',
  'Enter a valid e-mail address.': 'Introduce una dirección de correo válida.',
  'Use at least 8 characters.': 'Usa al menos 8 caracteres.',
  'Passwords are at most 200 characters.': 'Las contraseñas tienen como máximo 200 caracteres.',
  'Enter your password.': 'Introduce tu contraseña.',
  // Main (vault-client.ts): a settings edit may not move a credential to another host.
  'This setting decides where your key is sent, so it changes only together with the key: use “Rotate credentials” and enter the key again.':
    'Este ajuste decide adónde se envía tu clave, así que solo cambia junto con ella: usa «Rotar credenciales» y vuelve a introducir la clave.',
  // Main (project-change.ts): the person said no in the native dialog.
  'The project was not changed.': 'El proyecto no se cambió.',
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
