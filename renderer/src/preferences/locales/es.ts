import type { en } from './en.ts';
import { testResultEs } from './test-result.es.ts';
import { validationKeysEs } from './validation.es.ts';
import { authReasonEs, authWordsEs } from './auth-reason.es.ts';
import { errorReasonEs } from './error-reason.es.ts';
import { addCheckEs } from './add-check.es.ts';
import { listViewEs } from './list-view.es.ts';
import { feedbackEs } from './feedback.es.ts';
import { secretsEs } from './secrets.es.ts';
import { aboutEs } from './about.es.ts';
import { timesEs } from './times.es.ts';
import { nativeWordsEs } from '../../../../shared/i18n/native-words.ts';
import { notConfiguredEs, settingsEs } from './setup.es.ts';
import { detailEs } from './detail.es.ts';
import { activityEs } from './activity.es.ts';
import { prepareProjectEs } from './prepare-project.es.ts';
import { secondFactorEs } from './second-factor.es.ts';
import { lockEs } from './lock.es.ts';

/*
 * Spanish messages. Typed as the English catalogue so a missing or extra key fails the build.
 * The product's existing Spanish wording is kept exactly: "Nueva Integración",
 * "Guardar y Verificar", "Probar Conexión", "Conectado", "Verificando", "Error", "Deshabilitado".
 */
export const es: typeof en = {
  app: {
    name: 'Aterges Desktop',
    tagline: 'Tus claves de nube e IA, en una sola bóveda',
    loading: 'Cargando…',
    restoring: 'Restaurando tu sesión…',
  },
  fatal: {
    title: 'Aterges Desktop no pudo iniciarse',
    noBridge:
      'La ventana no está conectada al núcleo de la aplicación, así que no puede mostrar ni cambiar nada. Reinicia Aterges Desktop; si vuelve a ocurrir, reinstálalo.',
    sessionFailed: 'La aplicación no pudo leer tu sesión.',
    retry: 'Reintentar',
  },
  nav: {
    label: 'Principal',
    integrations: 'Integraciones',
    activity: 'Actividad',
    settings: 'Configuración',
  },
  header: {
    signedInAs: 'Sesión iniciada como',
    signOut: 'Cerrar sesión',
  },
  preferences: {
    language: 'Idioma',
    languageSystem: 'Idioma del sistema',
    theme: 'Tema',
    themeSystem: 'Sistema',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
  },
  auth: {
    signInTitle: 'Iniciar sesión',
    signUpTitle: 'Crea tu cuenta',
    email: 'Correo electrónico',
    password: 'Contraseña',
    passwordHint: 'Al menos 8 caracteres.',
    signIn: 'Iniciar sesión',
    signUp: 'Crear cuenta',
    signingIn: 'Iniciando sesión…',
    signingUp: 'Creando cuenta…',
    toSignUp: '¿Eres nuevo? Crea una cuenta',
    toSignIn: '¿Ya tienes cuenta? Inicia sesión',
    offline: 'No se puede contactar con el servidor ahora mismo, así que no puedes iniciar sesión.',
    forgotPassword: '¿Olvidaste tu contraseña?',
    confirm: {
      title: 'Confirma tu correo',
      sent: 'Te enviamos un correo a {{email}}. Ábrelo en este equipo.',
      how: 'Su enlace abre Aterges Desktop e inicia tu sesión.',
      resend: 'Reenviar correo',
      resending: 'Enviando…',
      resent: 'Enviado de nuevo. Solo funciona el enlace del correo más reciente.',
      done: 'Ya lo confirmé',
    },
    oauth: {
      or: 'o bien',
      continueWith: { github: 'Continuar con GitHub', google: 'Continuar con Google' },
      waitingTitle: 'Termina en tu navegador…',
      waitingBody: {
        github:
          'Abrimos GitHub en tu navegador. Acepta allí y volverás aquí con la sesión iniciada.',
        google:
          'Abrimos Google en tu navegador. Acepta allí y volverás aquí con la sesión iniciada.',
      },
      cancel: 'Cancelar',
    },
    forgot: {
      title: 'Restablece tu contraseña',
      body: 'Escribe el correo de tu cuenta. Te enviaremos un enlace para elegir una contraseña nueva.',
      send: 'Enviar enlace',
      sending: 'Enviando…',
      back: 'Volver a iniciar sesión',
    },
    resetSent: {
      title: 'Revisa tu correo',
      body: 'Si {{email}} tiene una cuenta, le llegará un correo con un enlace para elegir una contraseña nueva. Ábrelo en este equipo.',
      resend: 'Enviar de nuevo',
    },
    newPassword: {
      title: 'Nueva contraseña',
      body: 'Entraste con el enlace de tu correo. Elige una contraseña nueva para {{email}}.',
      field: 'Nueva contraseña',
      save: 'Guardar contraseña',
      saving: 'Guardando…',
      later: 'Ahora no',
    },
  },
  notConfigured: notConfiguredEs,
  settings: settingsEs,
  prepareProject: prepareProjectEs,
  secondFactor: secondFactorEs,
  lock: lockEs,
  offline: {
    title: 'Sin conexión',
    lastSync: 'Mostrando tus integraciones de la última sincronización, {{time}}.',
    neverSynced: 'Tus integraciones aún no se han cargado desde el servidor.',
    connecting: 'Reconectando con el servidor…',
    reason:
      'No disponible sin conexión: los cambios y las pruebas de conexión necesitan el servidor.',
    retry: 'Reintentar ahora',
  },
  keychain: {
    title: 'El llavero del sistema no está disponible',
    body: 'Tendrás que iniciar sesión cada vez que abras la aplicación.',
  },
  status: {
    unverified: 'Sin verificar',
    verifying: 'Verificando',
    connected: 'Conectado',
    error: 'Error',
    disabled: 'Deshabilitado',
  },
  integrations: {
    title: 'Integraciones',
    add: 'Nueva Integración',
    testAll: 'Probar todas',
    testingAll: 'Probando todas…',
    testingAllProgress: 'Probando todas… {{done}} de {{total}}',
    testAllSummary_one: 'Se probó {{count}} integración — funcionan: {{ok}}, fallan: {{failed}}.',
    testAllSummary_other:
      'Se probaron {{count}} integraciones: {{ok}} funcionan, {{failed}} fallan.',
    emptyTitle: 'Aún no hay integraciones',
    emptyBody:
      'Añade las claves de tus cuentas de OpenAI, Google Cloud, AWS o Azure. Se guardan cifradas en tu bóveda y no se vuelven a mostrar.',
    emptyAction: 'Añade tu primera integración',
    loadFailed: 'No se pudieron cargar las integraciones.',
    retry: 'Reintentar',
    listLabel: 'Tus integraciones',
  },
  row: {
    identity: 'Identidad',
    lastVerified: 'Última verificación',
    lastUsed: 'Último uso',
    test: 'Probar Conexión',
    testing: 'Probando…',
    cancelTest: 'Cancelar prueba',
    manage: 'Administrar',
    manageLabel: 'Administrar {{name}}',
  },
  add: {
    title: 'Nueva Integración',
    provider: 'Proveedor',
    name: 'Nombre',
    namePlaceholder: 'p. ej. OpenAI de producción',
    saveAndVerify: 'Guardar y Verificar',
    save: 'Guardar',
    saving: 'Guardando…',
    cancel: 'Cancelar',
    savedTitle: 'Se guardó «{{name}}»',
    savedUnverified: 'No se ha probado. Puedes probarla desde la lista.',
    failedTitle: 'La integración no se guardó',
    done: 'Listo',
    addAnother: 'Añadir otra',
    secretsNote:
      'Los secretos se envían a la bóveda y se borran de este formulario en cuanto guardas.',
  },
  addCheck: addCheckEs,
  listView: listViewEs,
  feedback: feedbackEs,
  secrets: secretsEs,
  about: aboutEs,
  times: timesEs,
  fields: {
    optional: '{{label}} (opcional)',
    openaiApiKey: 'Clave de API',
    openaiBaseUrl: 'URL base',
    openaiBaseUrlHint:
      'Solo para endpoints compatibles con OpenAI. Déjala vacía para api.openai.com.',
    openaiDefaultBaseUrl: 'api.openai.com (predeterminada)',
    openaiOrganization: 'ID de organización',
    openaiProject: 'ID de proyecto',
    awsAccessKeyId: 'ID de clave de acceso',
    awsSecretAccessKey: 'Clave de acceso secreta',
    awsSessionToken: 'Token de sesión',
    awsSessionTokenHint: 'Necesario para claves temporales (que empiezan por ASIA).',
    awsRegion: 'Región',
    awsRegionHint: 'Elige una o escribe cualquier código de región.',
    anthropicApiKey: 'Clave de API',
    geminiApiKey: 'Clave de API',
    mistralApiKey: 'Clave de API',
    azure_openaiApiKey: 'Clave de API',
    azureOpenAiEndpoint: 'Punto de conexión',
    azureOpenAiEndpointHint:
      'El punto de conexión del recurso, en Claves y punto de conexión del portal de Azure (https://<recurso>.openai.azure.com).',
    azureOpenAiApiVersion: 'Versión de la API',
    azureOpenAiApiVersionHint: 'Una versión de la API del plano de datos, como 2024-10-21.',
    compatibleApiKey: 'Clave de API',
    compatibleService: 'Servicio',
    compatibleCustom: 'Personalizado (tu propio servidor o pasarela)',
    compatibleBaseUrl: 'URL base',
    compatibleBaseUrlHint:
      'Solo para Personalizado: https, o http para un servidor en este equipo (127.0.0.1, localhost). Un servicio de la lista usa siempre su propia dirección.',
    azureTenantId: 'ID de directorio (inquilino)',
    azureClientId: 'ID de aplicación (cliente)',
    azureClientSecret: 'Secreto de cliente',
    azureCloud: 'Nube',
    azurePublic: 'Azure (global)',
    azureUsGovernment: 'Azure para el Gobierno de EE. UU.',
    azureChina: 'Azure China (21Vianet)',
    azureCustom: 'Personalizada: {{host}}',
    googleJson: 'Clave de cuenta de servicio (JSON)',
    googleJsonHint: 'Pega el archivo de clave completo o cárgalo desde el disco.',
    googleFile: 'Cargar archivo de clave',
    googleFileFailed: 'No se pudo leer el archivo.',
    googlePreview: 'Cuenta de servicio {{email}} del proyecto {{project}}',
  },
  detail: detailEs,
  rotate: {
    title: 'Rotar credenciales de «{{name}}»',
    intro:
      'Primero se prueban las credenciales nuevas. Si la prueba falla, se mantienen las actuales.',
    submit: 'Probar y guardar',
    submitting: 'Probando…',
    saveAnyway: 'Guardar de todos modos',
    saved: 'Las credenciales nuevas están guardadas.',
    notSaved: 'Las credenciales nuevas no pasaron la prueba y no se guardaron.',
    cancel: 'Cancelar',
    done: 'Listo',
  },
  plaintextKey: {
    title: 'Clave guardada sin cifrar por una versión anterior',
    why: 'Una versión anterior de Aterges guardaba esta clave en texto plano. Ahora está cifrada, pero las copias de seguridad de la base de datos hechas antes de la actualización pueden conservar una copia legible.',
    steps:
      'Rota esta clave: crea una nueva en {{provider}}, introdúcela aquí y después revoca la antigua.',
    rowSteps:
      'Rota esta clave: crea una nueva en {{provider}}, introdúcela en su página y después revoca la antigua.',
    rotate: 'Rotar clave',
    rotateLabel: 'Rotar clave de {{name}}',
    doneTitle: 'Clave nueva guardada',
    doneBody:
      'Último paso: revoca la clave antigua en {{provider}}, para que la clave que quedó en copias de seguridad antiguas deje de funcionar.',
  },
  remove: {
    title: '¿Eliminar «{{name}}»?',
    body: 'La integración y sus credenciales guardadas se quitarán de tu bóveda. No se puede deshacer.',
    confirmLabel: 'Escribe el nombre «{{name}}» para confirmar',
    confirm: 'Eliminar integración',
    deleting: 'Eliminando…',
    cancel: 'Cancelar',
  },
  activity: activityEs,
  testResult: testResultEs,
  errors: {
    not_authenticated: 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
    not_found: 'Ya no existe.',
    invalid_input: 'Algún dato no es válido.',
    conflict: 'Entra en conflicto con algo que ya existe.',
    offline: 'No se puede contactar con el servidor.',
    server_error: 'Algo salió mal.',
    keychain_unavailable: 'El llavero del sistema no está disponible.',
    not_configured: 'La aplicación aún no está conectada a un proyecto.',
    cancelled: 'Cancelado.',
    rate_limited: 'Demasiados intentos en poco tiempo.',
  },
  validation: validationKeysEs,
  native: nativeWordsEs,
  errorReason: { ...errorReasonEs, ...authReasonEs },
  authWords: authWordsEs,
  time: {
    never: 'Nunca',
  },
  dialog: {
    close: 'Cerrar',
  },
};
