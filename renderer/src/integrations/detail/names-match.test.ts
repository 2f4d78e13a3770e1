import { describe, expect, it } from 'vitest';
import { namesMatch, normalizeName } from './names-match.ts';

describe('delete confirmation names', () => {
  it.each([
    ['OpenAI de producción', 'OpenAI de producción'],
    ['openai de PRODUCCIÓN', 'OpenAI de producción'],
    // Decomposed "o" + combining acute against the composed "ó".
    ['OpenAI de produccio\u0301n', 'OpenAI de producción'],
    // Full-width letters (an IME) fold to ASCII under NFKC.
    ['ＯｐｅｎＡＩ', 'OpenAI'],
    // En dash, em dash, minus sign and non-breaking hyphen read as "-".
    ['AWS – billing', 'AWS - billing'],
    ['AWS — billing', 'AWS - billing'],
    ['AWS \u2212 billing', 'AWS - billing'],
    ['us\u2011east', 'us-east'],
    // Case folding beyond lower case: ß against SS.
    ['STRASSE', 'Straße'],
    ['  Claude   para soporte ', 'Claude para soporte'],
  ])('%j confirms %j', (typed, name) => {
    expect(namesMatch(typed, name)).toBe(true);
  });

  it.each([
    ['OpenAI de pruebas', 'OpenAI de producción'],
    ['OpenAI', 'OpenAI de producción'],
    ['AWS_billing', 'AWS-billing'],
    ['', ''],
    ['   ', ' '],
  ])('%j does not confirm %j', (typed, name) => {
    expect(namesMatch(typed, name)).toBe(false);
  });

  it('normalizes once to a stable form', () => {
    const once = normalizeName('ＡＷＳ – Facturación');
    expect(once).toBe('aws - facturación');
    expect(normalizeName(once)).toBe(once);
  });
});
