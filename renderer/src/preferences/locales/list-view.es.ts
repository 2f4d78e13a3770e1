import type { listViewEn } from './list-view.en.ts';

/** Búsqueda, filtros, orden y densidad de la lista (issue #14 §2). Registrado como `listView`. */
export const listViewEs: typeof listViewEn = {
  toolbarLabel: 'Buscar y ordenar integraciones',
  searchLabel: 'Buscar integraciones',
  searchPlaceholder: 'Nombre, proveedor o pista (Ctrl+K)',
  status: 'Estado',
  anyStatus: 'Cualquier estado',
  provider: 'Proveedor',
  anyProvider: 'Cualquier proveedor',
  sort: 'Ordenar por',
  sortBy: {
    name: 'Nombre',
    status: 'Estado (problemas primero)',
    last_test: 'Última prueba',
    created: 'Más recientes primero',
  },
  compact: 'Filas compactas',
  count: 'Mostrando {{shown}} de {{total}}',
  noMatchTitle: 'Ninguna integración coincide',
  noMatchBecause: 'Ninguna de tus {{total}} integraciones cumple:',
  searchReason: 'la búsqueda «{{search}}»',
  statusReason: 'estado {{status}}',
  providerReason: 'proveedor {{provider}}',
  clear: 'Quitar búsqueda y filtros',
  showFailing_one: 'Ver la que falla',
  showFailing_other: 'Ver las {{count}} que fallan',
  failingList: 'Integraciones que fallan',
};
