import type { OAuthProvider, OAuthProviders } from '../../../shared/oauth.ts';
import { OAUTH_PROVIDERS } from '../../../shared/oauth.ts';
import type { Logger } from '../logging/logger.ts';
import type { FetchLike } from '../session/observed-fetch.ts';

/*
 * Which "Continuar con …" buttons to show: the project's Auth settings (`GET /auth/v1/settings`,
 * supabase/auth internal/api/settings.go: `external.<provider>` is true when enabled), so the
 * buttons match what the project's owner turned on. Read once per project and kept; a failed read
 * (offline, a refused key) shows none and is tried again next time.
 */

const SETTINGS_TIMEOUT_MS = 10_000;

export interface OAuthProvidersOptions {
  supabaseUrl: string;
  supabaseAnonKey: string;
  /** The session's fetch (observed: offline, it fails at once). */
  fetch: FetchLike;
  logger: Logger;
}

export class OAuthProviderList {
  readonly #options: OAuthProvidersOptions;
  #known: OAuthProvider[] | null = null;

  constructor(options: OAuthProvidersOptions) {
    this.#options = options;
  }

  async list(): Promise<OAuthProviders> {
    if (this.#known) return { providers: this.#known };
    const { supabaseUrl, supabaseAnonKey } = this.#options;
    try {
      const response = await this.#options.fetch(new URL('/auth/v1/settings', supabaseUrl), {
        headers: { apikey: supabaseAnonKey, authorization: `Bearer ${supabaseAnonKey}` },
        signal: AbortSignal.timeout(SETTINGS_TIMEOUT_MS),
      });
      if (!response.ok) {
        this.#options.logger.warn('Could not read the Auth settings', { status: response.status });
        return { providers: [] };
      }
      this.#known = enabledProviders(await response.json());
      return { providers: this.#known };
    } catch (error) {
      this.#options.logger.warn('Could not read the Auth settings', { error });
      return { providers: [] };
    }
  }
}

/** The app's providers the settings mark `true`, in the app's order; anything else is ignored. */
export function enabledProviders(settings: unknown): OAuthProvider[] {
  const external =
    typeof settings === 'object' && settings !== null
      ? (settings as { external?: unknown }).external
      : undefined;
  if (typeof external !== 'object' || external === null) return [];
  return OAUTH_PROVIDERS.filter(
    (provider) => (external as Record<string, unknown>)[provider] === true,
  );
}
