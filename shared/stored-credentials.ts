import type { CredentialsByProvider } from './credentials.ts';
import { AppError } from './errors.ts';
import type { ProviderType } from './providers.ts';
import { PROVIDER_BY_TYPE } from './providers/registry.ts';

/*
 * The text form kept in Vault (each descriptor's `storedAs`): the bare key for a provider whose
 * credential is `{ apiKey }` (as the legacy table had OpenAI's), JSON for the others. Main
 * serializes before writing and parses after reading; the renderer never sees either.
 */

export function serializeCredentials<T extends ProviderType>(
  type: T,
  credentials: CredentialsByProvider[T],
): string {
  if (PROVIDER_BY_TYPE[type].storedAs === 'bare_key')
    return (credentials as { apiKey: string }).apiKey;
  return JSON.stringify(credentials);
}

/**
 * Reads stored text back into credentials. Shape problems raise `invalid_input` with a message
 * that names the provider, never the content.
 */
export function parseStoredCredentials<T extends ProviderType>(
  type: T,
  text: string,
): CredentialsByProvider[T] {
  const provider = PROVIDER_BY_TYPE[type];
  if (provider.storedAs === 'bare_key') {
    const trimmed = text.trim();
    // Tolerate a JSON-wrapped key from older clients.
    if (trimmed.startsWith('{')) {
      const parsed = parseObject(type, trimmed);
      const apiKey = parsed.apiKey ?? parsed.api_key ?? parsed.key;
      if (typeof apiKey !== 'string') throw storedShapeError(type);
      return { apiKey } as CredentialsByProvider[T];
    }
    return { apiKey: trimmed } as CredentialsByProvider[T];
  }
  const parsed = parseObject(type, text);
  const legacyNames: Readonly<Record<string, string>> = provider.legacyFieldNames;
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    normalized[legacyNames[key] ?? key] = value;
  }
  return normalized as unknown as CredentialsByProvider[T];
}

function parseObject(type: ProviderType, text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw storedShapeError(type);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw storedShapeError(type);
  }
  return parsed as Record<string, unknown>;
}

function storedShapeError(_type: ProviderType): AppError {
  return new AppError('invalid_input', 'stored_credentials_malformed', { field: 'credentials' });
}
