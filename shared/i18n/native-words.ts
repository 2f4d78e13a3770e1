/*
 * Words main shows outside the page: the native project-change question, the application menu
 * the error box of a failed start and the notification when a key stops working. They are part of
 * the renderer's catalogues too (`native` in en.ts and es.ts), so one set
 * of words serves both processes and the catalogue tests cover them. `{{name}}` placeholders, as
 * i18next writes them.
 */

export const NATIVE_LANGUAGES = ['en', 'es'] as const;
export type NativeLanguage = (typeof NATIVE_LANGUAGES)[number];

export const nativeWordsEn = {
  cancel: 'Cancel',
  connectTitle: 'Connect to this Supabase project?',
  connectButton: 'Connect',
  connectDetail: 'To {{to}}\n\nYour password and the keys you add will be sent to this project.',
  forgetTitle: 'Forget this Supabase project?',
  forgetButton: 'Forget project',
  forgetDetail: 'From {{from}}\n\nThe app will have no project until you connect one.',
  switchTitle: 'Switch to another Supabase project?',
  switchButton: 'Switch project',
  switchDetail:
    'From {{from}}\nTo {{to}}\n\nYou will sign in again, with an account of that project.',
  menuSupabaseDashboard: 'Supabase dashboard',
  menuOpenAiKeys: 'OpenAI API keys',
  menuLock: 'Lock',
  exportActivityTitle: 'Export the activity',
  exportActivityFilter: 'CSV spreadsheet',
  startFailedTitle: 'Aterges Desktop could not start',
  startFailedDetail:
    'Something went wrong while the app was starting, and it will close now.\n\nThe details are in the log folder:\n{{logs}}\n\nTry to open the app again. If this keeps happening, send the newest log file to support.',
  notifyStoppedTitle: '“{{name}}” stopped working',
  notifyReasonKeyRejected: 'The key was rejected.',
  notifyReasonPermission: 'The key is missing a permission.',
  notifyReasonQuota: 'Its quota or rate limit was reached.',
  notifyReasonOther: 'Its last check failed. Open it to see why.',
};

export type NativeWords = typeof nativeWordsEn;

export const nativeWordsEs: NativeWords = {
  cancel: 'Cancelar',
  connectTitle: '¿Conectar con este proyecto de Supabase?',
  connectButton: 'Conectar',
  connectDetail: 'Con {{to}}\n\nTu contraseña y las claves que añadas se enviarán a este proyecto.',
  forgetTitle: '¿Olvidar este proyecto de Supabase?',
  forgetButton: 'Olvidar proyecto',
  forgetDetail: 'De {{from}}\n\nLa aplicación no tendrá proyecto hasta que conectes uno.',
  switchTitle: '¿Cambiar a otro proyecto de Supabase?',
  switchButton: 'Cambiar de proyecto',
  switchDetail:
    'De {{from}}\nA {{to}}\n\nVolverás a iniciar sesión, con una cuenta de ese proyecto.',
  menuSupabaseDashboard: 'Panel de Supabase',
  menuOpenAiKeys: 'Claves de la API de OpenAI',
  menuLock: 'Bloquear',
  exportActivityTitle: 'Exportar la actividad',
  exportActivityFilter: 'Hoja de cálculo CSV',
  startFailedTitle: 'Aterges Desktop no ha podido iniciarse',
  startFailedDetail:
    'Algo ha fallado al iniciar la aplicación, que se cerrará ahora.\n\nLos detalles están en la carpeta de registros:\n{{logs}}\n\nVuelve a abrir la aplicación. Si sigue ocurriendo, envía a soporte el archivo de registro más reciente.',
  notifyStoppedTitle: '«{{name}}» dejó de funcionar',
  notifyReasonKeyRejected: 'La clave fue rechazada.',
  notifyReasonPermission: 'A la clave le falta un permiso.',
  notifyReasonQuota: 'Se alcanzó su cuota o su límite de uso.',
  notifyReasonOther: 'Falló su última comprobación. Ábrela para ver por qué.',
};

export const nativeWords: Record<NativeLanguage, NativeWords> = {
  en: nativeWordsEn,
  es: nativeWordsEs,
};

/** The language to speak: the user's choice, or for `system` the OS locale (`es-MX` → es). */
export function nativeLanguage(
  choice: 'system' | NativeLanguage,
  osLocale: string,
): NativeLanguage {
  if (choice !== 'system') return choice;
  return osLocale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Fills `{{name}}` placeholders. */
export function fillWords(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => params[name] ?? '');
}
