import type { errorReasonEn } from './error-reason.en.ts';

/** Spanish words for main's error reasons (shared/errors.ts APP_ERROR_REASONS). */
export const errorReasonEs: typeof errorReasonEn = {
  server_unreachable:
    'No se puede contactar con el servidor. Revisa la conexión; podrás hacer cambios cuando vuelva.',
  vault_offline: 'Estás sin conexión. Podrás hacer cambios cuando vuelva la conexión.',
  integration_not_found: 'Esta integración no existe (o ya no es tuya).',
  duplicate_name: 'Ya tienes una integración con este nombre.',
  value_refused: 'El servidor rechazó un valor por no ser válido.',
  sign_in_required: 'Inicia sesión para usar tu bóveda.',
  session_expired: 'Tu sesión ha caducado. Vuelve a iniciar sesión.',
  second_factor_required:
    'Introduce el código de tu aplicación de autenticación para abrir tus claves.',
  database_not_ready:
    'Al servidor le falta parte de la base de datos de la bóveda. ¿Se aplicaron las migraciones?',
  server_unavailable: 'El servidor no está disponible ahora. Inténtalo de nuevo en un momento.',
  server_failed: 'El servidor no pudo completar esta petición.',
  unexpected_answer:
    'El servidor respondió de una forma que esta versión de la aplicación no entiende. Actualiza la aplicación o la base de datos.',
  nothing_to_change: 'No hay nada que cambiar: indica un nombre o ajustes nuevos.',
  wrong_provider: 'Estas credenciales son de otro proveedor que el de la integración.',
  stored_credentials_malformed:
    'Las credenciales guardadas no tienen el formato esperado. Rótalas para corregirlo.',
  project_not_set:
    'No hay ningún proyecto de Supabase configurado. Añade la URL y la clave de tu proyecto en Configuración.',
  project_not_changed: 'No se cambió de proyecto.',
  list_needs_sign_in: 'Inicia sesión para ver tus integraciones.',
  user_changed: 'Cambió el usuario con la sesión iniciada.',
  keychain_missing:
    'No hay ningún llavero (Secret Service) en este escritorio, así que la sesión se cerrará al salir de la aplicación. Instala o inicia GNOME Keyring o KWallet para mantenerla.',
  keychain_locked:
    'El llavero está bloqueado, así que la sesión se cerrará al salir de la aplicación. Desbloquéalo para mantenerla.',
  keychain_failed:
    'No se pudo usar el llavero, así que la sesión se cerrará al salir de la aplicación.',
  too_many_tests:
    'Esta integración se probó muchas veces seguidas. Espera {{duration}} antes de volver a probarla.',
  request_refused: 'Se rechazó la petición.',
  unknown_request: 'La aplicación no conoce esta petición.',
  unexpected_failure: 'Algo salió mal. Inténtalo de nuevo.',
  export_write_failed:
    'No se pudo guardar el archivo ahí. Elige otra carpeta o comprueba que queda espacio libre.',
  app_locked: 'Aterges está bloqueado. Desbloquéalo con tu contraseña para continuar.',
  unlock_tries_exhausted:
    'Demasiados intentos fallidos de desbloqueo: se ha cerrado la sesión. Vuelve a iniciar sesión.',
  database_unreachable:
    'No se pudo conectar con la base de datos. Revisa el host y el puerto de la cadena de conexión (Supabase → Connect) y tu conexión.',
  database_wrong_password:
    'La base de datos rechazó el usuario o la contraseña. Copia de nuevo la cadena de conexión con la contraseña de la base de datos.',
  database_permission_denied:
    'Ese usuario no puede crear las tablas de Aterges. Usa el usuario postgres del proyecto.',
  database_no_vault:
    'Esa base de datos no tiene Supabase Vault. Usa la base de datos de un proyecto de Supabase.',
  database_schema_newer:
    'Este proyecto lo preparó una versión más nueva de Aterges Desktop ({{version}}). Actualiza la aplicación antes de usarlo.',
  database_migration_failed:
    'No se pudo aplicar el paso {{version}} de la preparación. No se cambió nada de ese paso; inténtalo de nuevo.',
  database_setup_incomplete:
    'La preparación terminó, pero faltan funciones o permisos. Vuelve a preparar el proyecto.',
  database_setup_running: 'Ya se está preparando un proyecto. Espera a que termine.',
};
