import type { prepareProjectEn } from './prepare-project.en.ts';

export const prepareProjectEs: typeof prepareProjectEn = {
  title: 'Preparar proyecto',
  intro:
    'Crea las tablas y funciones de Aterges en la base de datos de tu proyecto de Supabase, o las actualiza. La cadena de conexión se usa una vez y no se guarda.',
  databaseUrl: 'Cadena de conexión de la base de datos',
  databaseUrlHint:
    'En el panel de Supabase: Connect → Direct connection (o Session pooler), con la contraseña de tu base de datos en lugar de [YOUR-PASSWORD].',
  submit: 'Preparar proyecto',
  applying: 'Aplicando el paso {{done}} de {{total}}…',
  step: {
    connect: 'Conectando con la base de datos…',
    check_vault: 'Comprobando Supabase Vault…',
    read_history: 'Leyendo lo que ya hay…',
    apply: 'Aplicando…',
    verify: 'Comprobando funciones y permisos…',
  },
  upToDate: 'El proyecto ya está al día.',
  prepared_one: 'El proyecto está listo: se aplicó {{count}} paso.',
  prepared_other: 'El proyecto está listo: se aplicaron {{count}} pasos.',
  schemaOutdated:
    'Este proyecto necesita actualizarse: su base de datos es más antigua que esta versión de Aterges Desktop.',
  schemaNewer:
    'Una versión más nueva de Aterges Desktop preparó este proyecto. Actualiza la aplicación para usarlo con seguridad.',
  openSettings: 'Preparar proyecto',
};
