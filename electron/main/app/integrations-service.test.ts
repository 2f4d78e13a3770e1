import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { IntegrationsService } from './integrations-service.ts';

const ID = '00000000-0000-4000-8000-000000000001';

function service(overrides: { deleteFails?: boolean } = {}) {
  const reloads: number[] = [];
  const integrations = new IntegrationsService({
    vault: {
      get: () => Promise.reject(new Error('unused')),
      update: () => Promise.reject(new Error('unused')),
      setEnabled: () => Promise.reject(new Error('unused')),
      delete: () =>
        overrides.deleteFails
          ? Promise.reject(new AppError('not_found', 'integration_not_found'))
          : Promise.resolve(),
    },
    connections: {
      createAndVerify: () => Promise.reject(new Error('unused')),
      rotate: () => Promise.reject(new Error('unused')),
      test: () => Promise.reject(new Error('unused')),
      testAll: () => Promise.resolve([]),
      cancel: () => true,
      stopTestAll: () => false,
    },
    offline: {
      listIntegrations: () => {
        reloads.push(Date.now());
        return Promise.resolve({ integrations: [], source: 'server', syncedAt: null });
      },
    },
  });
  return { integrations, reloads };
}

describe('IntegrationsService', () => {
  it('reloads the list once after a write, which pushes the one change event', async () => {
    const { integrations, reloads } = service();
    await expect(integrations.delete(ID)).resolves.toEqual({ id: ID });
    await integrations.testAll();
    expect(reloads).toHaveLength(2);
  });

  it('does not reload after a write that failed, and passes the error on', async () => {
    const { integrations, reloads } = service({ deleteFails: true });
    await expect(integrations.delete(ID)).rejects.toMatchObject({ code: 'not_found' });
    expect(reloads).toHaveLength(0);
  });

  it('does not reload for cancels', () => {
    const { integrations, reloads } = service();
    expect(integrations.cancelTest(ID)).toEqual({ cancelled: true });
    expect(integrations.stopTestAll()).toEqual({ stopped: false });
    expect(reloads).toHaveLength(0);
  });
});
