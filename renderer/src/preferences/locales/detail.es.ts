import type { detailEn, activityEn } from './detail.en.ts';

export const detailEs: typeof detailEn = {
  back: 'Volver a integraciones',
  rotate: 'Rotar credenciales',
  disable: 'Deshabilitar',
  enable: 'Habilitar',
  delete: 'Eliminar',
  settingsTitle: 'Nombre y opciones',
  saveSettings: 'Guardar cambios',
  settingsSaved: 'Cambios guardados.',
  endpointHint:
    'Estos ajustes viajan con tus credenciales al proveedor, así que solo cambian junto con ellas, en «Rotar credenciales».',
  endpointChange: 'Cambiar con credenciales nuevas',
  lastTestTitle: 'Última prueba',
  noTestYet: 'No se ha hecho ninguna prueba en esta sesión.',
  notFound: 'Esta integración ya no existe.',
  provider: 'Proveedor',
  credentialsVersion: 'Versión de las credenciales',
  created: 'Creada',
};

export const activityEs: typeof activityEn = {
  title: 'Actividad',
  empty: 'Aún no hay actividad registrada.',
  loadFailed: 'No se pudo cargar la actividad.',
  type: {
    created: 'Creada',
    updated: 'Ajustes cambiados',
    credentials_updated: 'Credenciales rotadas',
    credentials_read: 'Credenciales usadas',
    connection_test: 'Prueba de conexión',
    status_changed: 'Cambio de estado',
    deleted: 'Eliminada',
  },
  statusChange: 'De {{from}} a {{to}}',
  statusTo: 'Ahora {{to}}',
  readForTest: 'Leídas para una prueba de conexión (no cuenta como uso)',
  restoredAfterCancel: 'Restaurado tras cancelar una prueba (sin verificar)',
  fieldsChanged: 'Cambiado: {{fields}}',
  version: 'Versión de las credenciales {{version}}',
  renamed: 'Renombrada de «{{from}}» a «{{to}}»',
  provider: 'Proveedor: {{provider}}',
  settings: 'Ajustes: {{keys}}',
  field: {
    name: 'nombre',
    config: 'ajustes',
  },
};
