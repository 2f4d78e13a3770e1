import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PROVIDER_TYPES, providerTypeSchema } from '../providers.ts';
import { BOUND_CONFIG_KEYS, PROVIDERS, PROVIDER_BY_TYPE, SECRET_FIELDS } from './registry.ts';

/** The keys a descriptor's credential schema knows (through a refinement, if any). */
function credentialKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

describe('the provider registry', () => {
  it('derives the types, in list order, each once, and the type schema accepts exactly them', () => {
    expect(PROVIDER_TYPES).toEqual(PROVIDERS.map((p) => p.id));
    expect(new Set(PROVIDER_TYPES).size).toBe(PROVIDER_TYPES.length);
    for (const type of PROVIDER_TYPES) {
      expect(providerTypeSchema.parse(type)).toBe(type);
      expect(PROVIDER_BY_TYPE[type].id).toBe(type);
    }
    expect(providerTypeSchema.safeParse('gcp').success).toBe(false);
  });

  it.each(PROVIDERS.map((p) => [p.id, p] as const))(
    '%s: bound keys are settings, secret and legacy fields are credential fields, links are https',
    (_id, provider) => {
      const settings = Object.keys(provider.config.shape);
      for (const key of provider.boundConfigKeys) expect(settings).toContain(key);
      expect(BOUND_CONFIG_KEYS[provider.id]).toBe(provider.boundConfigKeys);
      const fields =
        provider.storedAs === 'bare_key' ? ['apiKey'] : credentialKeys(provider.credentials);
      const known = fields;
      expect(known.length).toBeGreaterThan(0);
      expect(SECRET_FIELDS[provider.id].some((field) => known.includes(field))).toBe(true);
      for (const current of Object.values(provider.legacyFieldNames))
        expect(known).toContain(current);
      expect(provider.legacyTypeNames).toContain(provider.id);
      for (const link of provider.docsLinks) expect(new URL(link).protocol).toBe('https:');
    },
  );

  it('derives hints that hold no secret: the key’s last 4 characters at most', () => {
    const apiKey = 'sk-proj-' + 'a'.repeat(40) + 'WXYZ';
    expect(PROVIDER_BY_TYPE.openai.hint({ apiKey })).toBe('sk-…WXYZ');
    expect(
      PROVIDER_BY_TYPE.azure.hint({
        tenantId: 't.example.com',
        clientId: 'c',
        clientSecret: 's3cret!!',
      }),
    ).toBe('tenant t.example.com · client c');
  });
});
