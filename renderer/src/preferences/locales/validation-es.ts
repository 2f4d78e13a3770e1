/*
 * Legacy: shared/session.ts still writes its messages in English (the other shared schemas carry
 * validation keys, see validation.en.ts). The renderer shows
 * them in Spanish through this table, keyed by the exact English text; a message missing here
 * is shown in English rather than hidden (`validation-messages.test.ts` lists the ones it finds).
 */
export const validationEs: Readonly<Record<string, string>> = {
  'Enter a valid e-mail address.': 'Introduce una dirección de correo válida.',
  'Use at least 8 characters.': 'Usa al menos 8 caracteres.',
  'Passwords are at most 72 bytes (accents and emoji count double or more).':
    'Las contraseñas tienen como máximo 72 bytes (los acentos y emojis cuentan doble o más).',
  'Enter your password.': 'Introduce tu contraseña.',
};

/**
 * Messages with a variable part, as pattern → Spanish template: the renderer's own, and zod's
 * defaults for the few checks the shared schemas leave without a message (e.g. max lengths).
 */
export const validationPatternsEs: ReadonlyArray<readonly [RegExp, string]> = [
  [/^The key file has no valid "(.+)"\.$/, 'El archivo de clave no tiene un "$1" válido.'],
  [
    /^Too big: expected string to have <=(\d+) characters$/,
    'Demasiado largo: como máximo $1 caracteres.',
  ],
  [
    /^Too small: expected string to have >=(\d+) characters$/,
    'Demasiado corto: al menos $1 caracteres.',
  ],
];
