import { describe, expect, it } from 'vitest';
import { INTEGRATION_STATUSES } from '../../../shared/providers.ts';
import { createI18n } from '../preferences/i18n.ts';
import { statusLabelKey } from './status-label.ts';

describe('status → label', () => {
  const expected = {
    en: {
      unverified: 'Unverified',
      verifying: 'Verifying',
      connected: 'Connected',
      error: 'Error',
      disabled: 'Disabled',
    },
    es: {
      unverified: 'Sin verificar',
      verifying: 'Verificando',
      connected: 'Conectado',
      error: 'Error',
      disabled: 'Deshabilitado',
    },
  } as const;

  for (const language of ['en', 'es'] as const) {
    it(`labels every status in ${language}`, () => {
      const i18n = createI18n(language);
      for (const status of INTEGRATION_STATUSES) {
        expect(i18n.t(statusLabelKey(status))).toBe(expected[language][status]);
      }
    });
  }
});
