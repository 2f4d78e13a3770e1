/**
 * A real supabase-js client subscribed to a user's private live-sync channel
 * (`user:<id>:integrations`, see migration 20261205300000), recording what reaches it: the
 * broadcasts, the subscribe statuses and the system messages.
 */
import type { RealtimeChannel } from '@supabase/supabase-js';
import type { TestClient } from './supabase-clients.ts';

export interface Received {
  event: string;
  payload: {
    operation?: string;
    integration_id?: string;
    record?: Record<string, unknown> | null;
  };
}

export interface LiveChannel {
  channel: RealtimeChannel;
  received: Received[];
  statuses: string[];
  systemMessages: Record<string, unknown>[];
  /** Resolves with the first status among `wanted` from index `from` on; rejects on timeout. */
  waitForStatus(wanted: string[], from?: number, timeoutMs?: number): Promise<string>;
  /** Resolves once `count` broadcasts have arrived in total. */
  waitForCount(count: number, timeoutMs?: number): Promise<Received[]>;
}

export const liveTopic = (userId: string): string => `user:${userId}:integrations`;

async function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function subscribeLive(
  client: TestClient,
  topic: string,
  options: { private?: boolean } = {},
): LiveChannel {
  const received: Received[] = [];
  const statuses: string[] = [];
  const systemMessages: Record<string, unknown>[] = [];
  const channel = client.channel(topic, { config: { private: options.private ?? true } });
  channel
    .on('broadcast', { event: '*' }, (message) => {
      received.push({
        event: String(message.event),
        payload: message.payload as Received['payload'],
      });
    })
    .on('system', {}, (message: Record<string, unknown>) => systemMessages.push(message))
    .subscribe((status) => statuses.push(status));
  return {
    channel,
    received,
    statuses,
    systemMessages,
    waitForStatus: (wanted, from = 0, timeoutMs = 15_000) =>
      until(
        () => statuses.slice(from).find((s) => wanted.includes(s)),
        timeoutMs,
        wanted.join('/'),
      ),
    waitForCount: (count, timeoutMs = 15_000) =>
      until(
        () => (received.length >= count ? received : undefined),
        timeoutMs,
        `${count} messages`,
      ),
  };
}
