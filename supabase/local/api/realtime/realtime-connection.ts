/**
 * One Realtime socket: its joined channels and what it answers, after supabase/realtime
 * lib/realtime_web/channels/realtime_channel.ex:
 * - `phx_join` on `realtime:<topic>`: token confirmed, read permission checked for a private
 *   channel, reply `ok` with `{postgres_changes: []}`; a refusal is an `error` reply with
 *   `{reason}` (realtime-js and Phoenix then retry the join with backoff);
 * - `access_token`: the new token is confirmed and the permissions evaluated again; a bad token
 *   or lost permission shuts the channel down;
 * - at the token's `exp` the channel shuts down: a `system` message with `status: 'error'`, then
 *   `phx_close` (realtime-js does not rejoin a closed channel; the app subscribes again);
 * - `phx_leave`: reply `ok`, channel gone; heartbeats on topic `phoenix`: reply `ok`.
 * Broadcasts reach a channel when its topic and privacy match the message's (Realtime keeps
 * private and public subscribers of one topic apart: Tenants.tenant_topic/3).
 */
import type { Pool } from 'pg';
import type { WebSocket } from 'ws';
import type { JwtClaims } from '../jwt.ts';
import type { SigningKeys } from '../signing-keys.ts';
import { canReadBroadcast, confirmToken, unauthorizedReason } from './authorization.ts';
import type { Frame, ProtocolVersion } from './frames.ts';
import { EVENTS, PHOENIX_TOPIC, decodeFrame, encodeFrame, replyFrame } from './frames.ts';
import type { BroadcastMessage } from './message-feed.ts';

export interface ConnectionContext {
  signingKeys: SigningKeys;
  /** Connections that may probe realtime.messages as any user (see authorization.ts). */
  pool: Pool;
  /**
   * The socket's `apikey` as the gateway forwards it: the token of a join that names none or names
   * an `sb_` key (the legacy JWT key itself, or the role JWT minted for a publishable/secret key).
   */
  apiKey: string;
  /** Read on every join: the fault switch that makes Realtime refuse joins. */
  refuseJoins: () => boolean;
}

interface Channel {
  topic: string;
  subTopic: string;
  joinRef: string | null;
  private: boolean;
  token: string;
  claims: JwtClaims;
  expiry: NodeJS.Timeout | null;
}

/** Realtime re-confirms a token at most an hour ahead (`@confirm_token_ms_max_interval`). */
const MAX_CONFIRM_MS = 60 * 60 * 1000;
const TOPIC_PREFIX = 'realtime:';

export class RealtimeConnection {
  readonly #ws: WebSocket;
  readonly #vsn: ProtocolVersion;
  readonly #context: ConnectionContext;
  readonly #channels = new Map<string, Channel>();
  /** Frames of one socket are handled one after another, as a Phoenix socket process does. */
  #queue: Promise<void> = Promise.resolve();

  constructor(ws: WebSocket, vsn: ProtocolVersion, context: ConnectionContext) {
    this.#ws = ws;
    this.#vsn = vsn;
    this.#context = context;
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data as ArrayBuffer).toString('utf8');
      const frame = decodeFrame(text, vsn);
      if (!frame) return;
      this.#queue = this.#queue.then(() => this.#handle(frame)).catch(() => this.#ws.terminate());
    });
    ws.on('close', () => {
      for (const channel of this.#channels.values()) this.#forget(channel);
    });
  }

  /** Sends a committed broadcast to every channel of this socket that may see it. */
  deliver(message: BroadcastMessage): void {
    for (const channel of this.#channels.values()) {
      if (channel.subTopic !== message.topic || channel.private !== message.private) continue;
      this.#send({
        joinRef: null,
        ref: null,
        topic: channel.topic,
        event: 'broadcast',
        payload: { type: 'broadcast', event: message.event, payload: message.payload },
      });
    }
  }

  async #handle(frame: Frame): Promise<void> {
    if (frame.topic === PHOENIX_TOPIC && frame.event === EVENTS.heartbeat) {
      this.#send(replyFrame(frame, 'ok', {}));
    } else if (frame.event === EVENTS.join) {
      await this.#join(frame);
    } else if (frame.event === EVENTS.leave) {
      const channel = this.#channels.get(frame.topic);
      if (channel) this.#forget(channel);
      this.#send(replyFrame(frame, 'ok', {}));
    } else if (!this.#channels.has(frame.topic)) {
      // Phoenix's answer to a push on a topic the socket has not joined.
      this.#send({ ...replyFrame(frame, 'error', { reason: 'unmatched topic' }), joinRef: null });
    } else if (frame.event === EVENTS.accessToken) {
      await this.#updateToken(this.#channels.get(frame.topic)!, frame.payload.access_token);
    }
    // Anything else (client broadcasts, presence) is not needed by the app and is dropped.
  }

  async #join(frame: Frame): Promise<void> {
    const refuse = (reason: string) => this.#send(replyFrame(frame, 'error', { reason }));
    if (!frame.topic.startsWith(TOPIC_PREFIX) || frame.topic === TOPIC_PREFIX) {
      return refuse('TopicNameRequired: You must provide a topic name');
    }
    if (this.#context.refuseJoins()) {
      return refuse('RealtimeRestarting: Realtime is restarting, please standby');
    }
    const config = (frame.payload.config ?? {}) as Record<string, unknown>;
    if (Array.isArray(config.postgres_changes) && config.postgres_changes.length > 0) {
      return refuse('UnknownErrorOnChannel: the local stand-in speaks Broadcast only');
    }
    const token =
      typeof frame.payload.access_token === 'string' &&
      frame.payload.access_token !== '' &&
      !frame.payload.access_token.startsWith('sb_')
        ? frame.payload.access_token
        : this.#context.apiKey;
    const subTopic = frame.topic.slice(TOPIC_PREFIX.length);
    const isPrivate = config.private === true;
    const check = await confirmToken(token, this.#context.signingKeys);
    if (!check.ok) return refuse(check.reason);
    if (isPrivate && !(await canReadBroadcast(this.#context.pool, subTopic, check.claims))) {
      return refuse(unauthorizedReason(subTopic));
    }
    // A second join of a joined topic replaces the first (Phoenix closes the older one).
    const previous = this.#channels.get(frame.topic);
    if (previous) this.#shutdown(previous, null);
    const channel: Channel = {
      topic: frame.topic,
      subTopic,
      joinRef: frame.joinRef,
      private: isPrivate,
      token,
      claims: check.claims,
      expiry: null,
    };
    this.#channels.set(frame.topic, channel);
    this.#scheduleExpiry(channel, check.expiresAt);
    this.#send(replyFrame(frame, 'ok', { postgres_changes: [] }));
  }

  async #updateToken(channel: Channel, token: unknown): Promise<void> {
    // Ignored as Realtime ignores them: no token, the same one, or an API key (`sb_…`).
    if (typeof token !== 'string' || token === channel.token || token.startsWith('sb_')) return;
    const check = await confirmToken(token, this.#context.signingKeys);
    if (!check.ok) return this.#shutdown(channel, check.reason.replace(/^\w+: /, ''));
    if (
      channel.private &&
      !(await canReadBroadcast(this.#context.pool, channel.subTopic, check.claims))
    ) {
      return this.#shutdown(
        channel,
        `You no longer have permission to read from this Channel topic: ${channel.subTopic}`,
      );
    }
    channel.token = token;
    channel.claims = check.claims;
    this.#scheduleExpiry(channel, check.expiresAt);
  }

  #scheduleExpiry(channel: Channel, expiresAt: number): void {
    if (channel.expiry) clearTimeout(channel.expiry);
    const delay = Math.min(MAX_CONFIRM_MS, Math.max(0, expiresAt - Date.now()));
    channel.expiry = setTimeout(() => {
      channel.expiry = null;
      void confirmToken(channel.token, this.#context.signingKeys).then((check) => {
        if (this.#channels.get(channel.topic) !== channel) return;
        if (check.ok) this.#scheduleExpiry(channel, check.expiresAt);
        else this.#shutdown(channel, check.reason.replace(/^\w+: /, ''));
      });
    }, delay);
    channel.expiry.unref();
  }

  /** Realtime's `shutdown_response`: a system error (when there is a reason), then phx_close. */
  #shutdown(channel: Channel, message: string | null): void {
    this.#forget(channel);
    if (message !== null) {
      this.#send({
        joinRef: channel.joinRef,
        ref: null,
        topic: channel.topic,
        event: 'system',
        payload: { extension: 'system', status: 'error', message, channel: channel.subTopic },
      });
    }
    this.#send({
      joinRef: channel.joinRef,
      ref: channel.joinRef,
      topic: channel.topic,
      event: EVENTS.close,
      payload: {},
    });
  }

  #forget(channel: Channel): void {
    if (channel.expiry) clearTimeout(channel.expiry);
    channel.expiry = null;
    if (this.#channels.get(channel.topic) === channel) this.#channels.delete(channel.topic);
  }

  #send(frame: Frame): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(encodeFrame(frame, this.#vsn));
  }
}
