import 'i18next';
import type { en } from './locales/en.ts';

// Typed keys: `t('row.test')` is checked against the English catalogue at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
