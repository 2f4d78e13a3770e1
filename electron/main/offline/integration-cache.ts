import { join } from 'node:path';
import { z } from 'zod';
import type { Integration } from '../../../shared/integration.ts';
import { integrationSchema, timestampSchema } from '../../../shared/integration.ts';
import type { Logger } from '../logging/logger.ts';
import { EncryptedJsonFile } from '../session/encrypted-json-file.ts';
import type { IntegrationList } from './offline-ports.ts';

/*
 * The last integration list seen, for an offline start. It holds metadata only (the shared
 * `integrationSchema` is strict and has no credential field, so a row carrying anything else
 * is refused on read), and it is sealed with the keychain key all the same: the product
 * promises that nothing about a user's vault sits on disk in the clear. Without a keychain it
 * lives in memory only.
 */

export const CACHE_FILE_NAME = 'integrations.sealed';
export const CACHE_PURPOSE = 'aterges/integration-cache/v1';

const cacheFileSchema = z.object({
  version: z.literal(1),
  userId: z.uuid(),
  syncedAt: timestampSchema,
  // Caches written before `errorCode` or `lastTestPassedAt` existed still load (with null there)
  // rather than being dropped.
  integrations: z.array(
    z.preprocess(
      (value) =>
        typeof value === 'object' && value !== null
          ? { errorCode: null, lastTestPassedAt: null, ...value }
          : value,
      integrationSchema,
    ),
  ),
});

export interface CachedIntegrations {
  integrations: Integration[];
  syncedAt: string;
}

export interface IntegrationCacheOptions {
  dataDir: string;
  /** The keychain key; null keeps the cache in memory. */
  key: Uint8Array | null;
  logger: Logger;
}

export class IntegrationCache {
  readonly #file: EncryptedJsonFile | null;
  readonly #logger: Logger;
  #memory: z.infer<typeof cacheFileSchema> | null = null;

  constructor(options: IntegrationCacheOptions) {
    this.#logger = options.logger.child('cache');
    this.#file =
      options.key === null
        ? null
        : new EncryptedJsonFile({
            path: join(options.dataDir, CACHE_FILE_NAME),
            key: options.key,
            purpose: CACHE_PURPOSE,
            onMovedAside: (detail) =>
              this.#logger.warn('Moved aside what was at the cache file path', detail),
          });
  }

  get path(): string | null {
    return this.#file?.path ?? null;
  }

  /** The cached list of `userId`, or null (none, another user's, or unreadable). */
  async read(userId: string): Promise<CachedIntegrations | null> {
    const stored = this.#file === null ? this.#memory : await this.#readFile();
    if (stored === null || stored.userId !== userId) return null;
    return { integrations: stored.integrations, syncedAt: stored.syncedAt };
  }

  /** The cached list of `userId` as `integrations:list` answers it offline (empty when none). */
  async readList(userId: string): Promise<IntegrationList> {
    const cached = await this.read(userId);
    return cached
      ? { integrations: cached.integrations, source: 'cache', syncedAt: cached.syncedAt }
      : { integrations: [], source: 'cache', syncedAt: null };
  }

  async write(userId: string, integrations: Integration[], syncedAt: string): Promise<void> {
    const value = cacheFileSchema.parse({ version: 1, userId, syncedAt, integrations });
    if (this.#file === null) {
      this.#memory = value;
      return;
    }
    await this.#file.write(value);
  }

  async clear(): Promise<void> {
    this.#memory = null;
    await this.#file?.remove();
  }

  async #readFile(): Promise<z.infer<typeof cacheFileSchema> | null> {
    const result = await this.#file!.read();
    if (result.kind === 'discarded') {
      this.#logger.warn('The integration cache could not be read; ignoring it', {
        reason: result.reason,
      });
    }
    if (result.kind !== 'ok') return null;
    const parsed = cacheFileSchema.safeParse(result.value);
    if (parsed.success) return parsed.data;
    this.#logger.warn('The integration cache has an unexpected shape; removing it');
    await this.#file!.remove();
    return null;
  }
}
