import { describe, expect, it } from 'vitest';
import type { Integration } from '../../../../shared/integration.ts';
import { makeIntegration } from '../../test-support/fake-main.ts';
import { applyListQuery, foldForSearch, searchTextOf, sortIntegrations } from './list-query.ts';

const list: Integration[] = [
  makeIntegration({
    name: 'Producción OpenAI',
    status: 'connected',
    createdAt: '2026-01-02T00:00:00Z',
  }),
  makeIntegration({
    name: 'billing',
    type: 'aws',
    status: 'error',
    credentialHint: 'AKIAEXAMPLE',
    lastVerifiedAt: null,
    createdAt: '2026-03-01T00:00:00Z',
  }),
  makeIntegration({ name: 'Analytics 10', type: 'google_cloud', status: 'unverified' }),
  makeIntegration({ name: 'Analytics 9', type: 'google_cloud', status: 'disabled' }),
];
const text = new Map(list.map((integration) => [integration.id, searchTextOf(integration)]));
const names = (integrations: Integration[]) => integrations.map((integration) => integration.name);
const all = { status: 'all', provider: 'all' } as const;

describe('the list query', () => {
  it('searches name, provider and key hint, ignoring case and accents', () => {
    expect(names(applyListQuery(list, text, { search: 'produccion', view: all }))).toEqual([
      'Producción OpenAI',
    ]);
    expect(names(applyListQuery(list, text, { search: 'AWS', view: all }))).toEqual(['billing']);
    expect(names(applyListQuery(list, text, { search: 'akiaex', view: all }))).toEqual(['billing']);
    expect(names(applyListQuery(list, text, { search: 'google 9', view: all }))).toEqual([
      'Analytics 9',
    ]);
  });

  it('filters by status and provider', () => {
    const view = { status: 'unverified', provider: 'google_cloud' } as const;
    expect(names(applyListQuery(list, text, { search: '', view }))).toEqual(['Analytics 10']);
  });

  it('sorts by name (numbers in order), status (problems first), created (newest first)', () => {
    expect(names(sortIntegrations(list, 'name'))).toEqual([
      'Analytics 9',
      'Analytics 10',
      'billing',
      'Producción OpenAI',
    ]);
    expect(names(sortIntegrations(list, 'status'))[0]).toBe('billing');
    expect(names(sortIntegrations(list, 'created'))[0]).toBe('billing');
    expect(names(sortIntegrations(list, 'last_test')).at(-1)).toBe('billing');
  });

  it('folds width variants and combining marks', () => {
    expect(foldForSearch('ＡＷＳ Año')).toBe('aws ano');
  });
});
