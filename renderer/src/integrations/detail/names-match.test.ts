import { describe, expect, it } from 'vitest';
import { namesMatch, normalizeName } from './names-match.ts';

/** Typed text that confirms deleting the integration of that name. */
const CONFIRMING: [typed: string, name: string][] = [
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
];

/** Typed text that does not. */
const NOT_CONFIRMING: [typed: string, name: string][] = [
  ['OpenAI de pruebas', 'OpenAI de producción'],
  ['OpenAI', 'OpenAI de producción'],
  ['AWS_billing', 'AWS-billing'],
  ['', ''],
  ['   ', ' '],
];

describe('delete confirmation names', () => {
  it.each([
    ...CONFIRMING.map(([typed, name]) => [typed, 'confirms', name, true] as const),
    ...NOT_CONFIRMING.map(([typed, name]) => [typed, 'does not confirm', name, false] as const),
  ])('%j %s %j', (typed, _verdict, name, confirms) => {
    expect(namesMatch(typed, name)).toBe(confirms);
  });

  it('normalizes once to a stable form', () => {
    const once = normalizeName('ＡＷＳ – Facturación');
    expect(once).toBe('aws - facturación');
    expect(normalizeName(once)).toBe(once);
  });
});
