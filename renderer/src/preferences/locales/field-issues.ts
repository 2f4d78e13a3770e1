import type { FieldIssueReason } from '../../../../shared/field-issues.ts';

/*
 * Words for the field errors that main and the shared schemas send as codes (`fieldIssue.<reason>`,
 * shared/field-issues.ts). Typed by the closed set of reasons, so a reason without words in either
 * language fails the build. `{{value}}` is the code's value (a limit, as the language writes
 * numbers, or a key file's field name).
 */
export const fieldIssueWords: Readonly<Record<'en' | 'es', Record<FieldIssueReason, string>>> = {
  en: {
    url_not_normalized:
      'Type the address exactly as the app will use it (shown below): no hidden line breaks or spaces, no capitals, no default port.',
    invisible_characters:
      'Names cannot contain invisible characters or characters that change the direction of the text.',
    config_too_deep: 'These settings are nested too deeply (8 levels at most).',
    too_long: 'Too long: {{value}} characters at most.',
    key_file_field_invalid: 'The key file has no valid "{{value}}".',
  },
  es: {
    url_not_normalized:
      'Escribe la dirección exactamente como la usará la app (se muestra abajo): sin saltos de línea ni espacios ocultos, sin mayúsculas y sin puerto por defecto.',
    invisible_characters:
      'Los nombres no pueden contener caracteres invisibles ni caracteres que cambien la dirección del texto.',
    config_too_deep: 'Estos ajustes están anidados demasiado (8 niveles como máximo).',
    too_long: 'Demasiado largo: como máximo {{value}} caracteres.',
    key_file_field_invalid: 'El archivo de clave no tiene un "{{value}}" válido.',
  },
};

/** The words of the reasons that name a value, for a code that came without one. */
export const fieldIssueWordsWithoutValue: Readonly<
  Record<'en' | 'es', Partial<Record<FieldIssueReason, string>>>
> = {
  en: {
    too_long: 'Too long.',
    key_file_field_invalid: 'The key file is missing a field, or one of its fields is not valid.',
  },
  es: {
    too_long: 'Demasiado largo.',
    key_file_field_invalid:
      'Al archivo de clave le falta un campo, o uno de sus campos no es válido.',
  },
};
