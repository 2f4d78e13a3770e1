import { describe, expect, it } from 'vitest';
import { createI18n } from '../preferences/i18n.ts';
import { reasonText } from './test-result-words.ts';

describe('reasonText', () => {
  it('names the region of the integration, or of the result, in the sentence', () => {
    const es = createI18n('es').t;
    expect(
      reasonText(es, 'region_disabled', { type: 'aws', config: { region: 'eu-south-2' } }),
    ).toBe(
      'STS no está activado en la región eu-south-2 para esta cuenta. Activa la región o elige otra.',
    );
    const en = createI18n('en').t;
    expect(reasonText(en, 'access_key_unknown', undefined, { region: 'ap-east-1' })).toContain(
      'or the region ap-east-1 is not enabled for the account.',
    );
  });

  it('says how long a rate limit lasts when the provider named it', () => {
    const es = createI18n('es').t;
    expect(reasonText(es, 'rate_limited', undefined, { retryAfterSeconds: 30 })).toBe(
      'El proveedor está limitando las peticiones de esta clave. Vuelve a intentarlo dentro de 30 segundos.',
    );
    const en = createI18n('en').t;
    expect(reasonText(en, 'rate_limited', undefined, { retryAfterSeconds: 3600 })).toBe(
      'The provider is rate limiting this key. Try again in 60 minutes.',
    );
    expect(reasonText(en, 'rate_limited', undefined, {})).toBe(
      'The provider is rate limiting this key. Try again shortly.',
    );
  });
});
