import { AppError } from '../../../shared/errors.ts';
import type { Connectivity } from '../../../shared/session.ts';
import type { Logger } from '../logging/logger.ts';
import { mapAuthError } from '../session/auth-errors.ts';
import type { MainSupabaseClient } from '../session/supabase-client.ts';
import type { PostgrestAnswer as Answer } from './vault-errors.ts';
import { mapPostgrestFailure } from './vault-errors.ts';

export interface VaultCallOptions {
  /** The session's supabase-js client (its access token authorizes every call; RLS does the rest). */
  client: MainSupabaseClient;
  /** The app's connectivity; every call is refused with `offline` while offline (nothing is queued). */
  connectivity?: () => Connectivity;
  logger: Logger;
}

/**
 * How every vault call goes out and comes back, for the clients of the vault (integrations,
 * activity): refused up front while offline or without a user token, and every PostgREST failure
 * mapped to an `AppError` (with the secrets the call carried kept out of its words).
 */
export class VaultCall {
  readonly client: MainSupabaseClient;
  readonly #connectivity: () => Connectivity;
  readonly #logger: Logger;

  constructor(options: VaultCallOptions, logger: Logger) {
    this.client = options.client;
    this.#connectivity = options.connectivity ?? (() => 'online');
    this.#logger = logger;
  }

  /** Refuses calls while offline, and calls that would go out without a user token. */
  async ready(): Promise<void> {
    if (this.#connectivity() === 'offline') {
      throw new AppError('offline', 'vault_offline');
    }
    const { data, error } = await this.client.auth.getSession();
    if (data.session) return;
    // No session: the call would go out with the anon key and RLS would answer "nothing".
    if (error) throw mapAuthError(error);
    throw new AppError('not_authenticated', 'sign_in_required');
  }

  async run<T>(
    request: PromiseLike<Answer<T>>,
    secrets: readonly unknown[] = [],
  ): Promise<T | null> {
    const { data, error, status } = await request;
    if (error) {
      const mapped = mapPostgrestFailure({ error, status }, secrets);
      this.#logger.warn('Vault call failed', { code: mapped.code, status, sqlstate: error.code });
      throw mapped;
    }
    return data;
  }
}
