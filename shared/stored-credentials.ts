import type { CredentialsByProvider } from './credentials.ts';
import { AppError } from './errors.ts';
import type { ProviderType } from './providers.ts';

/*
 * The text form kept in Vault: the bare key for OpenAI (as the legacy table had it), JSON for the
 * others. Main serializes before writing and parses after reading; the renderer never sees either.
 */

export function serializeCredentials<T extends ProviderType>(
  type: T,
  credentials: CredentialsByProvider[T],
): string {
  if (type === 'openai') return (credentials as CredentialsByProvider['openai']).apiKey;
  return JSON.stringify(credentials);
}

/** Field names older rows used, mapped to the current ones. */
const LEGACY_FIELD_NAMES: Record<string, string> = {
  access_key_id: 'accessKeyId',
  aws_access_key_id: 'accessKeyId',
  secret_access_key: 'secretAccessKey',
  aws_secret_access_key: 'secretAccessKey',
  session_token: 'sessionToken',
  aws_session_token: 'sessionToken',
  tenant_id: 'tenantId',
  client_id: 'clientId',
  client_secret: 'clientSecret',
};

/**
 * Reads stored text back into credentials. Shape problems raise `invalid_input` with a message
 * that names the provider, never the content.
 */
export function parseStoredCredentials<T extends ProviderType>(
  type: T,
  text: string,
): CredentialsByProvider[T] {
  if (type === 'openai') {
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
  if (type === 'google_cloud') return parsed as unknown as CredentialsByProvider[T];
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    normalized[LEGACY_FIELD_NAMES[key] ?? key] = value;
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
