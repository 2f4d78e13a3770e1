import { describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../../../shared/integration.ts';
import { createI18n } from '../../preferences/i18n.ts';
import { describeEvent } from './describe-event.ts';

const event = (
  eventType: IntegrationEvent['eventType'],
  details: Record<string, unknown>,
): IntegrationEvent => ({
  id: 1,
  integrationId: '5b0e6a52-4a6b-4c1e-9a43-2d6f3c1b7e10',
  integrationName: 'Prod',
  eventType,
  details,
  createdAt: '2025-06-01T12:00:00Z',
});

describe('describeEvent', () => {
  const en = createI18n('en').t;
  const es = createI18n('es').t;

  it('names status changes with the status labels', () => {
    const change = event('status_changed', { from: 'unverified', to: 'connected' });
    expect(describeEvent(change, en)).toEqual(['From Unverified to Connected']);
    expect(describeEvent(change, es)).toEqual(['De Sin verificar a Conectado']);
    expect(describeEvent(event('status_changed', { new_status: 'error' }), en)).toEqual([
      'Now Error',
    ]);
  });

  it('lists changed fields, credential versions and why credentials were read', () => {
    expect(describeEvent(event('updated', { fields: ['name', 'config'] }), en)).toEqual([
      'Changed: name, config',
    ]);
    expect(describeEvent(event('credentials_updated', { version: 3 }), en)).toEqual([
      'Credentials version 3',
    ]);
    expect(describeEvent(event('credentials_read', { purpose: 'connection test' }), es)).toEqual([
      'Usadas para: connection test',
    ]);
  });

  it('shows unknown simple details as key: value and skips nested ones', () => {
    expect(describeEvent(event('created', { source: 'migration', nested: { a: 1 } }), en)).toEqual([
      'source: migration',
    ]);
  });
});
