import type { feedbackEn } from './feedback.en.ts';

/** Progreso y avisos (issue #14 §4): detener «Probar todas», tiempo de una prueba, avisos. Registrado como `feedback`. */
export const feedbackEs: typeof feedbackEn = {
  stopTestAll: 'Detener',
  stopTestAllLabel: 'Detener «Probar todas»',
  stoppingTestAll: 'Deteniendo…',
  testAllStopped_one:
    'Detenida: {{count}} integración quedó sin probar y conserva su estado anterior.',
  testAllStopped_other:
    'Detenida: {{count}} integraciones quedaron sin probar y conservan su estado anterior.',
  elapsed: '{{elapsed}} s de {{deadline}} s',
  toastRegion: 'Avisos',
  undo: 'Deshacer',
  dismiss: 'Cerrar aviso',
  deleted: 'Se eliminó «{{name}}». No se puede deshacer: la clave ya no está en tu bóveda.',
  disabled: 'Se deshabilitó «{{name}}».',
  enabled: 'Se habilitó «{{name}}».',
  undoFailed: 'No se pudo deshacer el cambio de «{{name}}».',
  rotated: 'Se cambió la clave de «{{name}}». La anterior ya no se guarda.',
  reconnected: 'Conectado de nuevo con el servidor.',
  stillOffline: 'Sigue sin conexión. La aplicación lo volverá a intentar sola.',
};
