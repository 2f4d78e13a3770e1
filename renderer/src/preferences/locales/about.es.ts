import type { aboutEn } from './about.en.ts';

/** «Acerca de» y la sesión en todos los dispositivos, en Configuración (issue #14 §7). Registrado como `about`. */
export const aboutEs: typeof aboutEn = {
  title: 'Acerca de',
  version: 'Versión',
  electron: 'Electron',
  chromium: 'Chromium',
  project: 'Proyecto de Supabase',
  noProject: 'Ninguno configurado',
  channel: 'Canal de actualizaciones',
  channels: {
    latest: 'Estable',
    beta: 'Beta',
    alpha: 'Alfa',
    none: 'Sin actualizaciones automáticas',
  },
  openLogs: 'Abrir la carpeta de registros',
  logsFailed: 'No se pudo abrir la carpeta de registros.',
  loadFailed: 'No se pudo leer la información de la aplicación.',
  sessionsTitle: 'Sesiones',
  signOutEverywhere: 'Cerrar sesión en todos los dispositivos',
  signOutEverywhereHint:
    'Cierra tu sesión aquí y en cualquier otro equipo o navegador donde hayas entrado con esta cuenta.',
  signOutEverywhereTitle: '¿Cerrar sesión en todos los dispositivos?',
  signOutEverywhereBody:
    'Tendrás que volver a iniciar sesión en cada uno. Tus integraciones no cambian.',
  signOutEverywhereConfirm: 'Cerrar sesión en todos',
  signingOutEverywhere: 'Cerrando sesiones…',
  cancel: 'Cancelar',
};
