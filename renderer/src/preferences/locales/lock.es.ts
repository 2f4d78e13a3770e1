import type { lockEn } from './lock.en.ts';

/** Spanish words of auto-lock: the unlock screen and its choice in Configuración. */
export const lockEs: typeof lockEn = {
  title: 'Aterges está bloqueado',
  intro: 'Escribe la contraseña de tu cuenta para continuar.',
  introCode:
    'Escribe la contraseña de tu cuenta, o un código de tu aplicación de autenticación, para continuar.',
  passwordLabel: 'Contraseña',
  usePassword: 'Usar mi contraseña',
  useCode: 'Usar un código',
  unlock: 'Desbloquear',
  unlocking: 'Desbloqueando…',
  wrongPassword_one: 'Contraseña incorrecta. Te queda {{count}} intento antes de cerrar la sesión.',
  wrongPassword_other:
    'Contraseña incorrecta. Te quedan {{count}} intentos antes de cerrar la sesión.',
  wrongCode_one: 'Código incorrecto. Te queda {{count}} intento antes de cerrar la sesión.',
  wrongCode_other: 'Código incorrecto. Te quedan {{count}} intentos antes de cerrar la sesión.',
  rateLimited:
    'Demasiados intentos seguidos. Espera un momento y vuelve a intentarlo; este no ha contado.',
  rateLimitedFor:
    'Demasiados intentos seguidos. Vuelve a intentarlo en {{seconds}} s; este no ha contado.',
  offline: 'Estás sin conexión: la contraseña se podrá comprobar cuando vuelva la conexión.',
  settingsTitle: 'Bloqueo automático',
  settingsLabel: 'Bloquear tras',
  settingsHint:
    'Aterges se bloquea cuando el equipo lleva este tiempo sin uso, y cuando el equipo se bloquea o se suspende. Tu contraseña (o un código) lo desbloquea; cinco intentos fallidos cierran la sesión.',
  minutes_one: '{{count}} minuto',
  minutes_other: '{{count}} minutos',
  never: 'Nunca',
};
