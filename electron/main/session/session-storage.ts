import type { SupportedStorage } from '@supabase/supabase-js';
import { z } from 'zod';
import type { SecondFactorState } from '../../../shared/second-factor.ts';
import { secondFactorStateOf } from './second-factor-state.ts';
import type { Logger } from '../logging/logger.ts';
import type { EncryptedJsonFile } from './encrypted-json-file.ts';
import type { SessionRemovalGuard } from './removal-guard.ts';

/*
 * auth-js's `storage`: the whole auth storage map (session, PKCE verifier) held in memory and,
 * when the keychain gave us a key, sealed into one file on every change. Reads never touch the
 * disk or the network, which is what makes an offline cold start instant.
 */

const fileSchema = z.object({
  version: z.literal(1),
  /** The project the session belongs to; a session for another URL is not restored. */
  project: z.string(),
  items: z.record(z.string(), z.string()),
});

/** The parts of a stored auth-js session main reads (never the tokens themselves). */
const storedSessionSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_at: z.number().optional(),
  user: z.object({ id: z.uuid(), email: z.string().nullish() }).loose(),
});

export interface StoredSessionInfo {
  user: { id: string; email: string | null };
  /** Whether this session has proven the user's second factor (see second-factor-state.ts). */
  secondFactor: SecondFactorState;
  /** Seconds since the epoch, as auth-js stores it. */
  expiresAt: number | null;
}

export interface SessionStorageOptions {
  /** The sealed file, or null when the keychain is unavailable (memory only). */
  file: EncryptedJsonFile | null;
  project: string;
  /** auth-js's storage key for the session entry. */
  sessionKey: string;
  guard: SessionRemovalGuard;
  logger: Logger;
}

export class SessionStorage implements SupportedStorage {
  readonly #items = new Map<string, string>();
  readonly #options: SessionStorageOptions;

  private constructor(options: SessionStorageOptions) {
    this.#options = options;
  }

  /** Opens the store; a damaged file or one for another project reads as empty. */
  static async open(options: SessionStorageOptions): Promise<SessionStorage> {
    const storage = new SessionStorage(options);
    if (options.file === null) return storage;
    const result = await options.file.read();
    if (result.kind === 'discarded') {
      options.logger.warn('The stored session could not be read; starting signed out', {
        reason: result.reason,
      });
    }
    if (result.kind !== 'ok') return storage;
    const parsed = fileSchema.safeParse(result.value);
    if (!parsed.success || parsed.data.project !== options.project) {
      options.logger.warn('The stored session is for another project or malformed; discarding it');
      await options.file.remove();
      return storage;
    }
    for (const [key, value] of Object.entries(parsed.data.items)) storage.#items.set(key, value);
    return storage;
  }

  /** True when the session survives a restart (the keychain is available). */
  get persistent(): boolean {
    return this.#options.file !== null;
  }

  getItem(key: string): Promise<string | null> {
    return Promise.resolve(this.#items.get(key) ?? null);
  }

  async setItem(key: string, value: string): Promise<void> {
    this.#items.set(key, value);
    await this.#persist();
  }

  async removeItem(key: string): Promise<void> {
    if (!this.#items.has(key)) return;
    if (key === this.#options.sessionKey && this.session() !== null) {
      if (!this.#options.guard.mayRemoveSession()) {
        this.#options.logger.warn(
          'Kept the session: auth-js dropped it after an error that does not prove it invalid',
          { lastVerdict: this.#options.guard.lastVerdict },
        );
        return;
      }
    }
    this.#items.delete(key);
    await this.#persist();
  }

  /** Who is signed in, from storage alone (no network). Null when there is no usable session. */
  session(): StoredSessionInfo | null {
    const raw = this.#items.get(this.#options.sessionKey);
    if (raw === undefined) return null;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
    const parsed = storedSessionSchema.safeParse(value);
    if (!parsed.success) return null;
    return {
      user: { id: parsed.data.user.id, email: parsed.data.user.email ?? null },
      secondFactor: secondFactorStateOf(parsed.data.access_token, parsed.data.user.factors),
      expiresAt: parsed.data.expires_at ?? null,
    };
  }

  /** Forgets everything, in memory and on disk (sign-out, whatever the server said). */
  async clear(): Promise<void> {
    this.#items.clear();
    await this.#options.file?.remove();
  }

  async #persist(): Promise<void> {
    const file = this.#options.file;
    if (file === null) return;
    if (this.#items.size === 0) {
      await file.remove();
      return;
    }
    await file.write({
      version: 1,
      project: this.#options.project,
      items: Object.fromEntries(this.#items),
    });
  }
}
