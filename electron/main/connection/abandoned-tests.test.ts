import { describe, expect, it } from 'vitest';
import type { Integration } from '../../../shared/integration.ts';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import { STALE_VERIFYING_MS, abandonedTestIds } from './abandoned-tests.ts';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');

function row(id: string, status: IntegrationStatus, ageMs: number): Integration {
  const at = new Date(NOW - ageMs).toISOString();
  return {
    id,
    name: id,
    type: 'openai',
    status,
    errorMessage: null,
    errorCode: null,
    config: {},
    credentialHint: null,
    credentialsVersion: 1,
    credentialsMigrated: true,
    lastUsedAt: null,
    lastVerifiedAt: null,
    lastTestPassedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

describe('abandonedTestIds', () => {
  const none = { isRunning: () => false, leftBehind: new Set<string>(), now: NOW };

  it('picks rows verifying for longer than any test takes', () => {
    const rows = [
      row('stale', 'verifying', STALE_VERIFYING_MS + 1),
      row('fresh', 'verifying', 5_000),
      row('old-but-connected', 'connected', STALE_VERIFYING_MS * 10),
    ];
    expect(abandonedTestIds(rows, none)).toEqual(['stale']);
  });

  it('picks a row this device left behind at once, however young', () => {
    const rows = [row('mine', 'verifying', 1_000), row('theirs', 'verifying', 1_000)];
    expect(abandonedTestIds(rows, { ...none, leftBehind: new Set(['mine']) })).toEqual(['mine']);
  });

  it('never picks a row whose test is running here', () => {
    const rows = [row('running', 'verifying', STALE_VERIFYING_MS * 2)];
    const input = { ...none, isRunning: (id: string) => id === 'running' };
    expect(abandonedTestIds(rows, { ...input, leftBehind: new Set(['running']) })).toEqual([]);
  });

  it('ignores a left-behind id whose row is no longer verifying', () => {
    const rows = [row('done', 'error', 1_000)];
    expect(abandonedTestIds(rows, { ...none, leftBehind: new Set(['done']) })).toEqual([]);
  });

  it('takes another threshold when given one', () => {
    const rows = [row('a', 'verifying', 2_000)];
    expect(abandonedTestIds(rows, { ...none, staleAfterMs: 1_000 })).toEqual(['a']);
  });
});
