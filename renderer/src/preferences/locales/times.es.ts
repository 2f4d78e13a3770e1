import type { timesEn } from './times.en.ts';

/** «Última prueba» y «Última prueba correcta», por separado (issue #14 §3). Registrado como `times`. */
export const timesEs: typeof timesEn = {
  lastTest: 'Última prueba',
  lastPassed: 'Última prueba correcta',
  failed: 'falló',
};
