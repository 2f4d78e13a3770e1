/**
 * The Realtime endpoint of the local Supabase API: `GET /realtime/v1/websocket?apikey=…&vsn=…`
 * upgraded with the `ws` library, as realtime-js 2.119 connects (RealtimeClient.js: the URL is
 * `<supabaseUrl>/realtime/v1/websocket` with `apikey` and `vsn`). The API gateway refuses an
 * upgrade without a valid project key, as it refuses any other route, and hands Realtime a role
 * JWT in place of a publishable or secret key (self-hosted Kong `LUA_RT_WS_EXPR`); that JWT lives
 * 24 hours, the limit of a public Realtime connection on hosted projects (docs, "API keys"). Broadcasts come from the
 * real database (message-feed.ts) and go to every socket whose channel may see them.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Pool } from 'pg';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { GatewayContext } from '../gateway.ts';
import { resolveApiKey, roleToken } from '../gateway.ts';
import type { ProtocolVersion } from './frames.ts';
import type { BroadcastMessage, MessageFeed } from './message-feed.ts';
import { startMessageFeed } from './message-feed.ts';
import { RealtimeConnection } from './realtime-connection.ts';

export interface RealtimeOptions {
  gateway: GatewayContext;
  /** Connections as the project's admin role (see authorization.ts). */
  adminPool: Pool;
  /** Where the message feed LISTENs (the same admin role). */
  adminUrl: string;
  /** The fault switch that makes every join fail. */
  refuseJoins: () => boolean;
}

export interface RealtimeEndpoint {
  /** Takes over an HTTP upgrade when it is for the Realtime path; false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Drops every open socket at once, as a network failure or a Realtime restart would. */
  dropSockets(): void;
  /** How many sockets are open (for tests). */
  readonly socketCount: number;
  close(): Promise<void>;
}

export const REALTIME_PATH = '/realtime/v1/websocket';

const PUBLIC_CONNECTION_SECONDS = 24 * 60 * 60;

function refuseUpgrade(socket: Duplex, status: number, text: string, body: object): void {
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
}

export async function startRealtime(options: RealtimeOptions): Promise<RealtimeEndpoint> {
  const wss = new WebSocketServer({ noServer: true });
  const connections = new Map<WebSocket, RealtimeConnection>();
  const feed: MessageFeed = await startMessageFeed(
    options.adminUrl,
    (message: BroadcastMessage) => {
      for (const connection of connections.values()) connection.deliver(message);
    },
  );

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== REALTIME_PATH) return false;
    const apiKey = url.searchParams.get('apikey') ?? req.headers['apikey'];
    const check = resolveApiKey(
      typeof apiKey === 'string' ? apiKey : null,
      req.headers['user-agent'],
      options.gateway.keys,
      options.gateway.settings,
    );
    if (!check.ok) {
      refuseUpgrade(socket, check.status, 'Unauthorized', check.body);
      return true;
    }
    accept(
      req,
      socket,
      head,
      url,
      check.kind === 'legacy' ? String(apiKey) : null,
      check.role,
    ).catch(() => socket.destroy());
    return true;
  }

  async function accept(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    url: URL,
    legacyKey: string | null,
    role: 'anon' | 'service_role',
  ): Promise<void> {
    const { gateway } = options;
    const socketToken =
      legacyKey ??
      (await roleToken(role, gateway.signingKeys, gateway.algorithm(), PUBLIC_CONNECTION_SECONDS));
    const vsn: ProtocolVersion = url.searchParams.get('vsn') === '1.0.0' ? '1.0.0' : '2.0.0';
    wss.handleUpgrade(req, socket, head, (ws) => {
      connections.set(
        ws,
        new RealtimeConnection(ws, vsn, {
          signingKeys: options.gateway.signingKeys,
          pool: options.adminPool,
          apiKey: socketToken,
          refuseJoins: options.refuseJoins,
        }),
      );
      ws.on('close', () => connections.delete(ws));
      ws.on('error', () => ws.terminate());
    });
  }

  function dropSockets(): void {
    for (const ws of connections.keys()) ws.terminate();
    connections.clear();
  }

  return {
    handleUpgrade,
    dropSockets,
    get socketCount() {
      return connections.size;
    },
    async close() {
      dropSockets();
      await feed.stop();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
