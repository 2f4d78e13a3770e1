import { describe, expect, it } from 'vitest';
import { es } from './es.ts';

/*
 * One casing rule for the Spanish catalogue: sentence case, as Spanish writes it (RAE: only the
 * first word of a sentence and proper names take a capital) — "Cerrar sesión en todos los
 * dispositivos", not "Cerrar Sesión en Todos los Dispositivos". The product's original strings
 * keep their capitals as written ("Nueva Integración", "Guardar y Verificar", "Probar Conexión").
 * The README states the rule (The user interface → Words and languages).
 * A capital inside a sentence must be a name: a product, a provider, a place, or the name of a
 * screen, status or option the text points to.
 */

const ORIGINAL_STRINGS = new Set(['Nueva Integración', 'Guardar y Verificar', 'Probar Conexión']);

const NAMES = new Set([
  // Products and companies
  ...['Aterges', 'Desktop', 'Supabase', 'Vault', 'GitHub', 'Google', 'Cloud', 'Studio'],
  ...['OpenAI', 'Anthropic', 'Mistral', 'Gemini', 'Azure', 'Microsoft', 'China', 'Gobierno'],
  ...['Generative', 'Language', 'Keyring', 'Secret', 'Service', 'Row', 'Level', 'Security'],
  // English menu names of the Supabase dashboard, quoted as the dashboard shows them
  ...['Project', 'Settings', 'Keys', 'Connect', 'Direct', 'Session'],
  // Names of the app's screens, statuses and options, and of the Azure portal's blades
  ...['Configuración', 'Personalizado', 'Error', 'Claves', 'Valor', 'Id'],
  // Keys as the keyboard labels them
  'Ctrl+K',
]);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

/** Words written with a capital that do not start a sentence. */
function capitalsInsideSentences(text: string): string[] {
  const withoutVariables = text.replace(/{{[^}]*}}/g, 'x');
  return (
    withoutVariables
      .split(/(?<=[.?!…])\s+|\n+/)
      .flatMap((sentence) => sentence.split(/\s+/).slice(1))
      // «Probar todas»: the quoted name of a button or screen keeps its own capital.
      .filter((word) => !word.startsWith('«'))
      .map((word) => word.replace(/^[«"(¿¡]+|[»")?!.,;:…]+$/g, ''))
      .filter((word) => /^[A-ZÁÉÍÓÚÑ][a-záéíóúñü]/.test(word) && !NAMES.has(word))
  );
}

describe('Spanish casing', () => {
  it('writes labels and messages in sentence case, except names and the original strings', () => {
    const offenders = flatten(es as unknown as Tree)
      .filter(([, value]) => !ORIGINAL_STRINGS.has(value))
      .map(([key, value]) => [key, capitalsInsideSentences(value)] as const)
      .filter(([, words]) => words.length > 0);
    expect(offenders).toEqual([]);
  });

  it('keeps the original strings as written', () => {
    expect(es.integrations.add).toBe('Nueva Integración');
    expect(es.add.saveAndVerify).toBe('Guardar y Verificar');
    expect(es.row.test).toBe('Probar Conexión');
  });
});
