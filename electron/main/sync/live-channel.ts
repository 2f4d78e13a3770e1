import { REALTIME_SUBSCRIBE_STATES } from '@supabase/supabase-js';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';

/*
 * The user's private live-sync channel through supabase-js (Broadcast from the database; see the
 * migration 20261205300000 and the README). supabase-js gives Realtime the session's access token
 * and pushes every refreshed one to the joined channel (`realtime.setAuth` on TOKEN_REFRESHED), so
 * the channel outlives token refreshes. What it does not do is come back from a channel the server
 * closed (an expired token, lost permission): realtime-js never rejoins after `phx_close`. Those,
 * a refused join and a join that times out are reported as `lost`; the caller reloads and opens a
 * new channel later.
 */

export interface LiveChannelHandlers {
  /** Joined (again, after a dropped socket: realtime-js rejoins by itself then). */
  onJoined(): void;
  onMessage(event: string, payload: unknown): void;
  /** The channel is gone or failing; `reason` is for the log only. */
  onLost(reason: string): void;
}

export interface LiveChannelHandle {
  close(): Promise<void>;
}

/** The topic the database broadcasts a user's changes on; RLS lets only that user join it. */
export function liveTopic(userId: string): string {
  return `user:${userId}:integrations`;
}

export function openLiveChannel(
  client: Pick<SupabaseClient, 'channel' | 'removeChannel'>,
  userId: string,
  handlers: LiveChannelHandlers,
): LiveChannelHandle {
  let closed = false;
  const channel: RealtimeChannel = client.channel(liveTopic(userId), {
    config: { private: true },
  });
  const lost = (reason: string) => {
    if (!closed) handlers.onLost(reason);
  };
  channel
    .on('broadcast', { event: '*' }, (message: { event?: unknown; payload?: unknown }) => {
      if (!closed) handlers.onMessage(String(message.event), message.payload);
    })
    .on('system', {}, (message: { status?: unknown; message?: unknown }) => {
      // Realtime says why it is about to close the channel (e.g. "Token has expired …").
      if (message.status === 'error') lost(`system: ${String(message.message)}`);
    })
    .subscribe((status, error) => {
      if (closed) return;
      if (status === REALTIME_SUBSCRIBE_STATES.SUBSCRIBED) handlers.onJoined();
      else lost(`${status}${error ? `: ${error.message}` : ''}`);
    });
  return {
    async close() {
      if (closed) return;
      closed = true;
      await client.removeChannel(channel).catch(() => undefined);
    },
  };
}
