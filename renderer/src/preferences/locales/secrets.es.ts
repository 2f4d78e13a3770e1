import type { secretsEn } from './secrets.en.ts';

/**
 * Ventanas pequeñas, archivos y secretos (issue #14 §6): mostrar/ocultar, pista en vivo, zona para
 * soltar el archivo de Google, deshabilitar con confirmación. Registrado como `secrets`.
 */
export const secretsEs: typeof secretsEn = {
  reveal: 'Mostrar {{label}} mientras mantienes pulsado',
  liveHint: 'Empieza por {{start}} y termina en {{end}} ({{count}} caracteres)',
  dropZone: 'Suelta aquí el archivo .json de la cuenta de servicio o haz clic para elegirlo',
  dropZoneActive: 'Suelta el archivo para cargarlo',
  dropZoneNotJson: 'Ese archivo no es un .json.',
  serviceAccount: 'Cuenta de servicio',
  project: 'Proyecto',
  privateKey: 'Clave privada',
  privateKeyMasked: 'oculta (•••• se envía cifrada a tu bóveda)',
  replaceFile: 'Usar otro archivo',
  pasteInstead: 'O pega aquí el contenido del archivo',
  discardTitle: '¿Descartar el archivo de clave?',
  discardBody: 'Se borrará de este formulario y tendrás que volver a cargarlo.',
  discard: 'Descartar',
  keepEditing: 'Seguir editando',
  disableTitle: '¿Deshabilitar «{{name}}»?',
  disableBody:
    'No se probará ni contará en «Probar todas» hasta que la habilites; la clave sigue guardada.',
  disableConfirm: 'Deshabilitar',
  disableCancel: 'Cancelar',
};
