import type { ProviderType } from '../../../shared/providers.ts';
import { SECRET_FIELDS } from '../../../shared/providers/registry.ts';

/*
 * Which fields of each provider's credentials are secret, under current and legacy names, come
 * from the provider descriptors (`shared/providers/<id>.ts`). Access key IDs, client IDs, tenant
 * IDs and service-account e-mails are identifiers, not secrets: they are shown as the credential
 * hint and in test results.
 */

/**
 * The secret values in credentials of any shape (parsed, legacy or malformed). Text that could not
 * be parsed at all is treated as secret as a whole.
 */
export function secretValuesOf(type: ProviderType, credentials: unknown): string[] {
  if (typeof credentials === 'string') {
    const parsed = tryParseObject(credentials);
    return parsed ? [...secretValuesOf(type, parsed), credentials.trim()] : [credentials.trim()];
  }
  if (typeof credentials !== 'object' || credentials === null) return [];
  const record = credentials as Record<string, unknown>;
  const values: string[] = [];
  for (const field of SECRET_FIELDS[type]) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') values.push(value, value.trim());
  }
  return values;
}

function tryParseObject(text: string): Record<string, unknown> | null {
  if (!text.trim().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
