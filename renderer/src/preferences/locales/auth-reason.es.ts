/** Spanish words for the Auth reasons (shared/auth-reasons.ts), part of `errorReason`. */
export const authReasonEs = {
  wrong_credentials: 'El correo o la contraseña no son correctos.',
  email_not_confirmed:
    'Confirma primero tu correo: abre el enlace que te enviamos y luego inicia sesión.',
  account_exists: 'Ya existe una cuenta con este correo. Inicia sesión.',
  weak_password: 'Este proyecto pide una contraseña más segura.',
  password_too_long:
    'Las contraseñas tienen como máximo 72 bytes (los acentos y emojis cuentan doble o más).',
  email_invalid: 'Esta dirección de correo no se puede usar.',
  email_not_authorized:
    'Este proyecto solo envía correos a los miembros de su equipo. Su responsable debe configurar un servidor SMTP propio en Supabase.',
  input_invalid: 'Revisa el correo y la contraseña (como máximo 72 bytes).',
  current_password_wrong: 'La contraseña actual no es correcta.',
  same_password: 'La nueva contraseña debe ser distinta de la actual.',
  signup_disabled: 'Este proyecto no admite nuevos registros.',
  email_sign_in_disabled: 'Este proyecto tiene desactivado el acceso con correo.',
  rate_limited: 'Demasiados intentos. Espera un minuto y vuelve a intentarlo.',
  email_rate_limited:
    'Este proyecto ha enviado demasiados correos. Espera un rato (hasta una hora) y vuelve a intentarlo.',
  account_suspended: 'Esta cuenta está suspendida.',
  session_ended: 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
  link_refused:
    'La aplicación recibió un enlace que no acepta. Abre el enlace del último correo que pidió la aplicación.',
  link_not_supported:
    'Este enlace no puede iniciar tu sesión en la aplicación. Si confirmó tu correo, inicia sesión con tu contraseña.',
  link_other_device:
    'Este enlace ya se usó, o se pidió desde otro equipo. Abre el enlace en el equipo donde lo pediste, o pide uno nuevo aquí.',
  link_failed: 'El enlace del correo no funcionó. Pide uno nuevo.',
  link_expired: 'Este enlace ha caducado o ya se usó. Pide uno nuevo.',
  reauthentication_needed: 'Confirma que eres tú: vuelve a iniciar sesión y reinténtalo.',
  captcha_failed: 'Este proyecto pide un CAPTCHA, que la aplicación no admite.',
  api_key_refused:
    'El proyecto rechazó la clave de API de la aplicación. Revísala en Configuración (usa la clave publicable).',
  project_paused: 'El proyecto de Supabase está en pausa. Reactívalo desde el panel de Supabase.',
  auth_unavailable: 'El servidor no está disponible ahora. Inténtalo de nuevo en un momento.',
  auth_unreachable: 'No se puede conectar con el servidor. Revisa tu conexión.',
  oauth_denied: 'No diste permiso en el navegador, así que no se inició la sesión.',
  oauth_timed_out: 'El inicio de sesión en el navegador tardó demasiado. Vuelve a intentarlo.',
  oauth_refused:
    'Llegó una respuesta del navegador que no corresponde a ningún inicio de sesión en curso, así que se ignoró. Si querías entrar, vuelve a intentarlo.',
  oauth_unavailable:
    'No se pudo empezar el inicio de sesión con ese servicio. Inténtalo de nuevo o entra con tu correo.',
  sign_in_first: 'Inicia sesión primero.',
  second_factor_needed: 'Introduce antes el código de tu aplicación de autenticación.',
  second_factor_code_wrong: 'El código no es correcto. Mira el código actual en tu aplicación.',
  second_factor_code_expired: 'Este código ha caducado. Introduce el código actual.',
  second_factor_name_taken: 'Ya tienes un factor con este nombre.',
  second_factor_limit: 'Has llegado al máximo de factores. Quita uno para añadir otro.',
  second_factor_not_found: 'Ese factor ya no existe.',
  second_factor_disabled: 'Este proyecto no admite la verificación en dos pasos.',
  auth_failed: 'No se pudo iniciar sesión por un error inesperado. Inténtalo de nuevo.',
};

/** The other words of the sign-in screens and the session notice. */
export const authWordsEs = {
  rateLimitedWait: 'Demasiados intentos. Vuelve a intentarlo en {{duration}}.',
  emailRateLimitedWait: 'Se enviaron demasiados correos. Podrás pedir otro en {{duration}}.',
  weakPassword: {
    length: 'Es demasiado corta para este proyecto.',
    characters: 'Combina minúsculas, mayúsculas y números (y símbolos si el proyecto lo pide).',
    pwned: 'Aparece en filtraciones de datos conocidas; elige otra.',
  },
  sessionNotice: {
    title: 'El servidor no permitió continuar la sesión',
    openSettings: 'Abrir Configuración',
    openDashboard: 'Abrir el panel de Supabase',
  },
};
