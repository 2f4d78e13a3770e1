/**
 * The providers part of `GET /settings` → `external` (supabase/auth internal/api/settings.go
 * ProviderSettings): one boolean per provider GoTrue knows, true when enabled. Only GitHub and
 * Google can be enabled here (the local identity provider plays those two).
 */
import type { AuthSettings } from './auth-settings.ts';

const KNOWN_PROVIDERS = [
  'apple',
  'azure',
  'bitbucket',
  'discord',
  'facebook',
  'figma',
  'fly',
  'github',
  'gitlab',
  'google',
  'keycloak',
  'kakao',
  'linkedin_oidc',
  'notion',
  'slack_oidc',
  'spotify',
  'twitch',
  'twitter',
  'workos',
  'zoom',
] as const;

export function externalSettings(settings: AuthSettings): Record<string, boolean> {
  const enabled = new Set<string>(settings.externalProviders);
  return Object.fromEntries(KNOWN_PROVIDERS.map((name) => [name, enabled.has(name)]));
}
