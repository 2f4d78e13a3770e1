import type { notConfiguredEn, settingsEn } from './setup.en.ts';

export const notConfiguredEs: typeof notConfiguredEn = {
  title: 'Conecta Aterges Desktop con tu proyecto',
  intro:
    'Aterges Desktop guarda tus claves en un proyecto de Supabase propio. Antes de iniciar sesión, indica a la aplicación qué proyecto usar:',
  stepCreate: 'Crea un proyecto de Supabase (basta con el plan gratuito).',
  openDashboard: 'Abrir el panel de Supabase',
  stepMigrate:
    'Crea en él las tablas de la bóveda. En una terminal, en una copia del código fuente de Aterges Desktop, vincula el proyecto y aplica las migraciones con la CLI de Supabase:',
  stepMigrateRef: 'La referencia del proyecto es la parte antes de .supabase.co en su URL.',
  stepCopy:
    'En el panel, abre Project Settings → API y copia la Project URL y la clave anon (publishable).',
  stepPaste: 'Pégalas abajo y elige «{{save}}».',
  formTitle: 'Tu proyecto de Supabase',
  brokenTitle: 'No se pudo abrir el proyecto en uso.',
  broken:
    'Hay un proyecto configurado ({{url}}, {{source}}), pero la aplicación no pudo iniciarse con él. Revisa la URL y la clave y vuelve a guardarlas.',
  retryHint: '¿Has configurado el proyecto de otra forma?',
  retry: 'Comprobar de nuevo',
};

export const settingsEs: typeof settingsEn = {
  password: {
    title: 'Cambiar contraseña',
    intro: 'Escribe tu contraseña actual para confirmar que eres tú, y luego la nueva.',
    current: 'Contraseña actual',
    next: 'Nueva contraseña',
    save: 'Cambiar contraseña',
    saving: 'Cambiando…',
    changed: 'Tu contraseña se cambió.',
  },
  notificationsTitle: 'Notificaciones',
  notifyFailures: 'Avisarme cuando una clave deje de funcionar',
  notifyFailuresHint:
    'Una notificación del sistema cuando la plataforma Aterges u otro dispositivo descubre que una clave falla. Nunca por las pruebas que haces aquí, y como mucho una vez por hora por integración.',
  title: 'Configuración',
  projectTitle: 'Proyecto de Supabase',
  projectIntro:
    'Tus integraciones se guardan, cifradas, en este proyecto de Supabase, y entras en él con tu propia cuenta.',
  loadFailed: 'No se pudo cargar la configuración.',
  retry: 'Reintentar',
  current: 'Proyecto en uso',
  noProject: 'Ninguno',
  source: 'Origen',
  key: 'Clave',
  keyPublishable: 'Clave publicable',
  keyAnon: 'Clave anon (JWT)',
  sourceName: {
    settings: 'Tu configuración',
    build: 'Incluido en esta aplicación',
    'local-dev': 'Entorno de desarrollo local',
    none: 'Sin configurar',
  },
  sourceHelp: {
    settings: 'Guardaste este proyecto en la aplicación.',
    build:
      'Este proyecto se fijó al compilar la aplicación. Un proyecto que guardes aquí lo sustituye.',
    'local-dev':
      'El Supabase local iniciado para desarrollo. Un proyecto que guardes aquí lo sustituye.',
    none: 'Todavía no hay ningún proyecto configurado.',
  },
  changeTitle: 'Usar otro proyecto',
  connectTitle: 'Conecta tu proyecto',
  switchNote: 'En otro proyecto inicias sesión con una cuenta de ese proyecto.',
  url: 'URL del proyecto',
  urlHint:
    'Por ejemplo https://tu-proyecto.supabase.co. http:// sin cifrar solo para un Supabase local en este equipo.',
  anonKey: 'Clave anon',
  anonKeyHint:
    'La clave anon o publicable (empieza por eyJ o sb_publishable_). Nunca la service_role ni una clave secreta: se salta la seguridad a nivel de fila (Row Level Security), así que no debe estar en una aplicación de escritorio.',
  secretCleared: 'Esa clave se ha quitado del formulario y no se ha enviado a ninguna parte.',
  save: 'Guardar conexión',
  willConnectTo: 'La aplicación se conectará a {{origin}}',
  saving: 'Guardando…',
  saved: 'Guardado. La aplicación usa ahora {{host}}.',
  forget: 'Olvidar este proyecto',
  forgetTitle: '¿Olvidar este proyecto?',
  forgetBody:
    'La aplicación deja de usar {{host}}. No se borra nada del propio proyecto. Después, la aplicación usa el proyecto con el que se compiló, si lo hay, o te pide que conectes uno.',
  forgetConfirm: 'Olvidar proyecto',
  forgetting: 'Olvidando…',
  cancel: 'Cancelar',
  projectLabel: 'Proyecto:',
  changeProject: 'Cambiar proyecto',
};
