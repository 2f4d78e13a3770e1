import type { detailEn } from './detail.en.ts';

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
