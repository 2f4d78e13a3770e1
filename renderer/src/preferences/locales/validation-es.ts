/**
 * What is left of matching English text (every shared schema now carries validation keys):
 * messages with a variable part, as pattern → Spanish template: the renderer's own key-file
 * message, and zod's defaults for the few checks the shared schemas leave without a message.
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
