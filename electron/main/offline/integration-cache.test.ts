import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Integration } from '../../../shared/integration.ts';
import { silentLogger } from '../logging/logger.ts';
import { EncryptedJsonFile } from '../session/encrypted-json-file.ts';
import { IntegrationCache } from './integration-cache.ts';

const userId = randomUUID();
const integration: Integration = {
  id: randomUUID(),
  name: 'CANARY-name-in-cache',
  type: 'openai',
  status: 'connected',
  errorMessage: null,
  errorCode: null,
  config: {},
  credentialHint: 'sk-…abcd',
  credentialsVersion: 1,
  credentialsMigrated: false,
  lastUsedAt: null,
  lastVerifiedAt: null,
  lastTestPassedAt: null,
  createdAt: '2025-01-01T00:00:00+00:00',
  updatedAt: '2025-01-01T00:00:00+00:00',
};
const syncedAt = '2025-01-02T00:00:00.000Z';

function setup(key: Buffer | null = randomBytes(32)) {
  const dataDir = mkdtempSync(join(tmpdir(), 'aterges-cache-'));
  return { dataDir, key, cache: new IntegrationCache({ dataDir, key, logger: silentLogger() }) };
}

describe('IntegrationCache', () => {
  it('seals the list (even metadata is not on disk in the clear) and reads it back', async () => {
    const { cache } = setup();
    await cache.write(userId, [integration], syncedAt);
    const bytes = readFileSync(cache.path!).toString('latin1');
    expect(bytes).not.toContain('CANARY');
    if (process.platform !== 'win32') expect(statSync(cache.path!).mode & 0o777).toBe(0o600);
    expect(await cache.read(userId)).toEqual({ integrations: [integration], syncedAt });
  });

  it("does not show one user's list to another", async () => {
    const { cache } = setup();
    await cache.write(userId, [integration], syncedAt);
    expect(await cache.read(randomUUID())).toBeNull();
  });

  it('refuses to store anything beyond metadata', async () => {
    const { cache } = setup();
    const withSecret = { ...integration, credentials: { apiKey: 'sk-x' } } as Integration;
    await expect(cache.write(userId, [withSecret], syncedAt)).rejects.toThrow();
  });

  it('ignores and removes a damaged or foreign-shaped cache', async () => {
    const { cache, dataDir, key } = setup();
    await cache.write(userId, [integration], syncedAt);
    writeFileSync(cache.path!, 'garbage');
    expect(await cache.read(userId)).toBeNull();
    const file = new EncryptedJsonFile({
      path: cache.path!,
      key: key!,
      purpose: 'aterges/integration-cache/v1',
    });
    await file.write({ version: 1, userId, syncedAt, integrations: [{ id: 'x' }] });
    const reopened = new IntegrationCache({ dataDir, key, logger: silentLogger() });
    expect(await reopened.read(userId)).toBeNull();
    expect(await file.read()).toEqual({ kind: 'missing' });
  });

  it('keeps the list in memory only without a keychain key', async () => {
    const { cache } = setup(null);
    expect(cache.path).toBeNull();
    await cache.write(userId, [integration], syncedAt);
    expect((await cache.read(userId))?.integrations).toHaveLength(1);
    await cache.clear();
    expect(await cache.read(userId)).toBeNull();
  });
});
