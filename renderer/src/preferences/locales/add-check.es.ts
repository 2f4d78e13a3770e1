import type { addCheckEn } from './add-check.en.ts';

/** "Guardar y Verificar" cuando la prueba no pasa (issue #14 §1). Registrado como `addCheck`. */
export const addCheckEs: typeof addCheckEn = {
  failedNotice:
    '«{{name}}» está almacenada, pero su prueba falló. Corrige las credenciales y vuelve a probar, guárdala tal cual o descártala.',
  fieldFailed: 'La prueba falló con este valor. Escríbelo de nuevo.',
  retry: 'Corregir y volver a probar',
  keepAnyway: 'Guardar de todos modos',
  discard: 'Descartar',
  discarding: 'Descartando…',
  testing: 'Probando la conexión…',
  cancelTest: 'Cancelar',
  cancelling: 'Cancelando…',
  retryCancelled: 'Prueba cancelada. Las credenciales almacenadas siguen siendo las que fallaron.',
  savedTitle: 'Guardada',
  verified: '«{{name}}» está guardada y su conexión funciona.',
  kept: '«{{name}}» se guardó tal cual; aparece como Error hasta que una prueba pase.',
  cancelledTitle: 'Guardada sin verificar',
  cancelled:
    'Cancelaste la prueba. «{{name}}» está almacenada, sin verificar: pruébala desde la lista.',
};
