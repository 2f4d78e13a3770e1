import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = flatten(en);
  const spanish = flatten(es);

  it('have exactly the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty message', () => {
    for (const [key, value] of [...english, ...spanish]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same {{variables}} in both languages', () => {
    for (const [key, value] of english) {
      expect(variables(spanish.get(key) ?? ''), key).toEqual(variables(value));
    }
  });

  it("keep the Aterges product's existing Spanish wording exactly", () => {
    expect(es.integrations.add).toBe('Nueva Integración');
    expect(es.add.title).toBe('Nueva Integración');
    expect(es.add.saveAndVerify).toBe('Guardar y Verificar');
    expect(es.row.test).toBe('Probar Conexión');
    expect(es.status.connected).toBe('Conectado');
    expect(es.status.verifying).toBe('Verificando');
    expect(es.status.error).toBe('Error');
    expect(es.status.disabled).toBe('Deshabilitado');
  });
});
