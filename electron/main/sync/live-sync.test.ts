import { describe, expect, it, vi } from 'vitest';
import type { Integration } from '../../../shared/integration.ts';
import type { SessionState } from '../../../shared/session.ts';
import { ManualClock } from '../../../test/support/core-manual-clock.ts';
import { createLogger } from '../logging/logger.ts';
import { applyLiveChanges, parseLiveChange } from './live-changes.ts';
import type { LiveChannelHandlers } from './live-channel.ts';
import { FOCUS_STALE_MS, LiveSync, RELOAD_EVERY_MS } from './live-sync.ts';

const USER = '11111111-1111-4111-8111-111111111111';
const ID = '22222222-2222-4222-8222-222222222222';

function row(name: string, updatedAt = '2026-12-05T10:00:00.000000+00:00') {
  return {
    id: ID,
    name,
    type: 'openai',
    status: 'connected',
    error_message: null,
    error_code: null,
    config: {},
    credential_hint: 'sk-…abcd',
    credentials_version: 1,
    credentials_migrated: false,
    last_used_at: null,
    last_verified_at: null,
    last_test_passed_at: null,
    created_at: '2026-12-05T09:00:00+00:00',
    updated_at: updatedAt,
  };
}

describe('live changes', () => {
  it('parses the database payloads and refuses anything else', () => {
    const upsert = parseLiveChange('integration_changed', {
      operation: 'UPDATE',
      integration_id: ID,
      record: row('Prod'),
    });
    expect(upsert).toMatchObject({ kind: 'upsert', integration: { id: ID, name: 'Prod' } });
    expect(
      parseLiveChange('integration_changed', {
        operation: 'DELETE',
        integration_id: ID,
        record: null,
      }),
    ).toEqual({ kind: 'delete', id: ID });
    expect(
      parseLiveChange('integration_changed', { operation: 'UPDATE', integration_id: ID }),
    ).toBeNull();
    expect(
      parseLiveChange('integration_changed', {
        operation: 'UPDATE',
        integration_id: ID,
        record: { ...row('x'), secret_id: 'no' },
      }),
    ).toMatchObject({ kind: 'upsert' }); // unknown columns never reach the app
    expect(parseLiveChange('something_else', {})).toBeNull();
  });

  it('merges in order and skips an update older than what the list holds', () => {
    const parse = (name: string, at: string) =>
      parseLiveChange('integration_changed', {
        operation: 'UPDATE',
        integration_id: ID,
        record: row(name, at),
      })!;
    const list = applyLiveChanges([], [parse('new', '2026-12-05T10:00:01+00:00')]);
    expect(list.map((i) => i.name)).toEqual(['new']);
    const stale = applyLiveChanges(list, [parse('old', '2026-12-05T10:00:00+00:00')]);
    expect(stale.map((i) => i.name)).toEqual(['new']);
    expect(applyLiveChanges(stale, [{ kind: 'delete', id: ID }])).toEqual([]);
  });
});

function setup() {
  const clock = new ManualClock(Date.parse('2026-12-05T10:00:00Z'));
  let state: SessionState = {
    status: 'signed_in',
    user: { id: USER, email: 'a@example.com' },
    connectivity: 'online',
    lastSyncedAt: new Date(clock.now()).toISOString(),
  } as SessionState;
  const listeners = new Set<(s: SessionState) => void>();
  const channels: { handlers: LiveChannelHandlers; closed: boolean }[] = [];
  let cached: Integration[] = [];
  // A reload "reads" nothing new: it puts back what the list held when it started.
  const reload = vi.fn(() => {
    const snapshot = cached;
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        cached = snapshot;
        resolve();
      }, 20),
    );
  });
  const live = new LiveSync({
    session: {
      getState: () => state,
      onStateChange: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    },
    client: {} as never,
    list: {
      reload,
      applyLive: (_user, apply) => {
        cached = apply(cached);
        return Promise.resolve(true);
      },
    },
    logger: createLogger({ level: 'error', sinks: [] }),
    openChannel: (_user, handlers) => {
      const channel = { handlers, closed: false };
      channels.push(channel);
      return { close: () => Promise.resolve(void (channel.closed = true)) };
    },
    clock,
    random: () => 0,
  });
  const setState = (next: Partial<SessionState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  return { clock, live, channels, reload, setState, cached: () => cached };
}

describe('LiveSync', () => {
  it('reloads on join, merges changes, and falls back to a reload and a later join when lost', async () => {
    const { clock, live, channels, reload } = setup();
    live.start();
    expect(channels).toHaveLength(1);
    channels[0]!.handlers.onJoined();
    expect(reload).toHaveBeenCalledTimes(1);
    channels[0]!.handlers.onLost('CLOSED');
    expect(channels[0]!.closed).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
    expect(clock.pendingDelays()[0]).toBe(500); // the offline backoff's first step, no jitter
    clock.fireNext();
    expect(channels).toHaveLength(2);
    await live.stop();
  });

  it('closes the channel offline and opens one when back online', async () => {
    const { live, channels, setState } = setup();
    live.start();
    setState({ connectivity: 'offline' });
    expect(channels[0]!.closed).toBe(true);
    setState({ connectivity: 'online' });
    expect(channels).toHaveLength(2);
    await live.stop();
  });

  it('reloads on focus only after a minute, on resume, and every ten minutes', async () => {
    const { clock, live, reload } = setup();
    live.start();
    live.onFocus();
    expect(reload).not.toHaveBeenCalled();
    clock.setTimeout(() => undefined, FOCUS_STALE_MS + 1);
    clock.fireNext();
    live.onFocus();
    expect(reload).toHaveBeenCalledTimes(1);
    live.onResume();
    expect(reload).toHaveBeenCalledTimes(2);
    expect(clock.pendingDelays()).toContain(RELOAD_EVERY_MS - FOCUS_STALE_MS - 1);
    await live.stop();
  });

  it('merges again a change that arrived while a reload ran (the reload may have read older data)', async () => {
    const { live, channels, cached } = setup();
    live.start();
    channels[0]!.handlers.onJoined(); // reloads
    channels[0]!.handlers.onMessage('integration_changed', {
      operation: 'INSERT',
      integration_id: ID,
      record: row('Arrived during the reload'),
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cached().map((i) => i.name)).toEqual(['Arrived during the reload']);
    await live.stop();
  });
});
