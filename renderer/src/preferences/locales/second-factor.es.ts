import type { secondFactorEn } from './second-factor.en.ts';

/** Spanish words of two-step verification: the code screen and its Configuración section. */
export const secondFactorEs: typeof secondFactorEn = {
  screenTitle: 'Verificación en dos pasos',
  screenIntro:
    'Introduce el código de 6 dígitos de tu aplicación de autenticación. Tus claves siguen bloqueadas hasta entonces.',
  codeLabel: 'Código de verificación',
  verify: 'Verificar',
  verifying: 'Verificando…',
  offline: 'Estás sin conexión: el código se podrá comprobar cuando vuelva la conexión.',
  settingsTitle: 'Verificación en dos pasos',
  settingsIntro:
    'Pide un código de una aplicación de autenticación después de la contraseña. La base de datos de tu proyecto se niega entonces a abrir tus claves a quien solo sepa la contraseña.',
  statusOff: 'Desactivada',
  statusOn: 'Activada',
  turnOn: 'Activar',
  nameLabel: 'Nombre de este dispositivo',
  defaultName: 'Móvil',
  start: 'Continuar',
  scanTitle: 'Escanea este código con tu aplicación de autenticación',
  scanHint:
    'O escribe esta clave de configuración en la aplicación. Solo se muestra ahora: la aplicación no la guarda.',
  qrLabel: 'Código QR para añadir Aterges a tu aplicación de autenticación',
  setupKey: 'Clave de configuración',
  confirmHint: 'Después introduce el código de 6 dígitos que muestra la aplicación.',
  confirm: 'Activar',
  cancel: 'Cancelar',
  enabled: 'La verificación en dos pasos está activada.',
  factorAdded: 'Añadido el',
  remove: 'Quitar',
  removeTitle: 'Quitar «{{name}}»',
  removeHint: 'Introduce un código actual de este dispositivo para quitarlo.',
  removeConfirm: 'Quitar',
  removed: 'La verificación en dos pasos está desactivada.',
};
