import type { testResultEn } from './test-result.en.ts';

/** Spanish words for connection test results: one sentence per reason code from main. */
export const testResultEs: typeof testResultEn = {
  ok: 'La conexión funciona ({{ms}} ms)',
  failed: 'La conexión falló',
  identity: 'Identidad verificada',
  details: 'Detalles',
  copy: 'Copiar {{label}}',
  copied: 'Copiado',
  httpStatus: 'Respuesta HTTP',
  providerCode: 'Código del proveedor',
  requestId: 'ID de la solicitud',
  networkCode: 'Código de red',
  field: 'Campo',
  deadline: 'Tiempo límite',
  retryAfter: 'Vuelve a intentarlo en {{duration}}.',
  kind: {
    invalid_credentials: 'El proveedor rechazó estas credenciales.',
    permission_denied:
      'Las credenciales funcionan, pero no tienen el permiso que necesita la prueba.',
    expired: 'Las credenciales han caducado.',
    not_found: 'No se encontró la cuenta o el recurso.',
    rate_limited: 'El proveedor está limitando las peticiones; vuelve a intentarlo en un momento.',
    network: 'No se pudo contactar con el proveedor.',
    timeout: 'El proveedor no respondió a tiempo.',
    provider_error: 'El proveedor informó de un error.',
    invalid_format: 'Las credenciales no tienen el formato esperado.',
    redirected: 'El proveedor redirigió la petición a otro servidor.',
    cancelled: 'Se canceló la prueba.',
  },
  reason: {
    accepted: 'El proveedor aceptó las credenciales.',
    disabled: 'La integración está deshabilitada, así que no se probó. Habilítala para probarla.',
    not_tested: 'No se pudo hacer la prueba.',
    cancelled: 'Se canceló la prueba.',
    deadline_exceeded:
      'El proveedor no respondió a tiempo. Puede que no sea accesible desde esta red o que vaya lento ahora.',
    tester_failed: 'La prueba falló de forma inesperada.',
    credentials_unreadable:
      'No se pudieron leer las credenciales guardadas. Rótalas para corregirlo.',
    credentials_malformed: 'Las credenciales no tienen el formato esperado.',
    config_invalid: 'Los ajustes de esta integración no son válidos.',
    timeout: '{{host}} no respondió a tiempo.',
    connection_refused: '{{host}} rechazó la conexión.',
    host_not_found:
      'No se encontró {{host}}. Revisa la conexión a internet (y la dirección, si la pusiste tú).',
    connection_closed: 'La conexión con {{host}} se cerró antes de la respuesta.',
    network_unreachable: 'No se puede llegar a {{host}} desde esta red.',
    certificate_untrusted:
      'No se pudo verificar la conexión segura con {{host}}. Puede que un proxy o un programa de seguridad esté interceptando el tráfico.',
    network_failed: 'No se pudo contactar con {{host}}.',
    redirected_elsewhere:
      '{{host}} redirigió la petición a otro servidor. La clave no se envió allí, así que no se comprobó.',
    key_rejected:
      'El proveedor rechazó la clave. Puede que se haya eliminado o que se copiara incompleta.',
    permission_denied: 'La clave funciona, pero no tiene permiso para la llamada de prueba.',
    endpoint_not_found: '{{host}} no ofrece esa API en esta dirección. Revisa la URL base.',
    rate_limited:
      'El proveedor está limitando las peticiones de esta clave. Vuelve a intentarlo en un momento.',
    quota_exhausted: 'La clave funciona, pero su cuota se agotó: revisa el plan y la facturación.',
    provider_server_error: '{{host}} tuvo un error interno. Inténtalo más tarde.',
    provider_overloaded:
      '{{host}} está sobrecargado ahora mismo. Inténtalo dentro de unos minutos.',
    provider_refused: '{{host}} rechazó la petición.',
    unexpected_answer: 'El proveedor respondió de una forma que la aplicación no entiende.',
    account_deactivated: 'OpenAI indica que la cuenta de esta clave está desactivada.',
    organization_mismatch:
      'Esta clave no pertenece a la organización configurada en la integración.',
    project_mismatch: 'Esta clave no pertenece al proyecto configurado en la integración.',
    access_key_unknown:
      'AWS no reconoce este ID de clave de acceso: puede que se haya eliminado o desactivado, o que {{region}} no esté habilitada en la cuenta.',
    secret_mismatch: 'La clave de acceso secreta no corresponde a este ID de clave de acceso.',
    clock_skew:
      'El proveedor rechazó la petición porque el reloj de este equipo no está en hora. Corrige la hora del sistema y vuelve a probar.',
    session_token_expired:
      'El token de sesión ha caducado. Las credenciales temporales duran unas horas como mucho: consigue unas nuevas y rótalas aquí.',
    signature_unreadable: 'AWS no pudo leer la firma de la petición.',
    region_disabled:
      'STS no está activado en {{region}} para esta cuenta. Activa la región o elige otra.',
    client_secret_wrong:
      'El secreto de cliente no es correcto. Copia el «Valor» del secreto, no su «Id. de secreto».',
    client_secret_expired:
      'El secreto de cliente ha caducado. Crea uno nuevo en el registro de la aplicación y rótalo aquí.',
    application_not_found:
      'No existe ninguna aplicación con este ID de cliente en este inquilino. Revisa los dos ID.',
    tenant_not_found:
      'No se encontró el inquilino en {{host}}. Revisa el ID de inquilino y la nube.',
    tenant_invalid: 'El ID de inquilino no es válido.',
    application_disabled: 'La aplicación está deshabilitada en este inquilino.',
    conditional_access_blocked: 'Una directiva de acceso condicional bloqueó el inicio de sesión.',
    key_signature_rejected:
      'Google rechazó la firma de la clave: se eliminó, se rotó o caducó. Crea una clave nueva para la cuenta de servicio.',
    service_account_not_found:
      'Google no conoce esta cuenta de servicio: se eliminó, o el archivo de clave es de otra cuenta.',
    service_account_disabled: 'La cuenta de servicio está deshabilitada.',
    private_key_unusable:
      'La clave privada de este archivo no sirve para firmar. Descarga un archivo de clave nuevo.',
    no_access_token: 'Google respondió sin un token de acceso.',
    api_not_enabled:
      'La API de Gemini (Generative Language API) no está habilitada en el proyecto de Google Cloud de la clave. Habilítala allí o crea la clave en Google AI Studio.',
    key_restricted:
      'Las restricciones de la clave (API, sitios web, direcciones IP o aplicaciones) no permiten esta llamada. Revísalas en la consola de Google Cloud.',
    key_suspended: 'Google ha suspendido esta clave o su proyecto.',
    location_unsupported:
      'La API de Gemini no está disponible en el país desde el que se conecta este equipo.',
    api_version_unsupported:
      '{{host}} no admite esta versión de la API. Elige una versión que ofrezca el recurso (por ejemplo, 2024-10-21).',
  },
  unknownReason: 'La última prueba falló.',
  /** Where a reason names the host and none is known (an Activity entry of a deleted key). */
  someProvider: 'el proveedor',
  theRegion: 'la región {{region}}',
  someRegion: 'su región',
  rateLimitedSeconds_one:
    'El proveedor está limitando las peticiones de esta clave. Vuelve a intentarlo dentro de {{count}} segundo.',
  rateLimitedSeconds_other:
    'El proveedor está limitando las peticiones de esta clave. Vuelve a intentarlo dentro de {{count}} segundos.',
  rateLimitedMinutes_one:
    'El proveedor está limitando las peticiones de esta clave. Vuelve a intentarlo dentro de {{count}} minuto.',
  rateLimitedMinutes_other:
    'El proveedor está limitando las peticiones de esta clave. Vuelve a intentarlo dentro de {{count}} minutos.',
  identityLabel: {
    modelCount: 'Modelos disponibles',
    organization: 'Organización',
    project: 'Proyecto',
    account: 'Cuenta',
    arn: 'ARN',
    userId: 'ID de usuario',
    region: 'Región',
    tenantId: 'Inquilino',
    clientId: 'Cliente',
    authorityHost: 'Nube',
    expiresAt: 'El token caduca',
    clientEmail: 'Cuenta de servicio',
    projectId: 'Proyecto',
  },
};
