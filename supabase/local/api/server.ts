/**
 * The local Supabase HTTP API on 127.0.0.1: the gateway's API-key check, then PostgREST under
 * /rest/v1, GoTrue under /auth/v1 and the Realtime WebSocket under /realtime/v1/websocket, over
 * the real database. The fault switches are applied here,
 * in front of everything, so they affect every route alike.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Pool } from 'pg';
import { createFaults } from './faults.ts';
import type { FaultSwitches } from './faults.ts';
import type { ApiKeys, GatewayContext, GatewaySettings } from './gateway.ts';
import { isOpenAuthPath, passGateway } from './gateway.ts';
import type { AuthSettings } from './gotrue/auth-settings.ts';
import { defaultAuthSettings } from './gotrue/auth-settings.ts';
import type { GoTrueContext } from './gotrue/context.ts';
import { ensureFlowStateTable } from './gotrue/flow-state.ts';
import { handleGoTrue } from './gotrue/handler.ts';
import { handleIdentityProvider, ProviderCodes } from './gotrue/local-identity-provider.ts';
import type { MailOutbox, SentMail } from './gotrue/mail-outbox.ts';
import { createMailOutbox } from './gotrue/mail-outbox.ts';
import { createRateLimiter } from './gotrue/rate-limits.ts';
import type { ApiRequest, ApiResponse } from './http-io.ts';
import { BodyTooLargeError, jsonResponse, readRequest } from './http-io.ts';
import { handlePostgrest } from './postgrest/handler.ts';
import type { RealtimeEndpoint } from './realtime/realtime-server.ts';
import { startRealtime } from './realtime/realtime-server.ts';
import type { SigningKeys } from './signing-keys.ts';

export interface LocalApiOptions {
  /** Connections as `authenticator` (PostgREST). */
  restPool: Pool;
  /** Connections as `supabase_auth_admin` (GoTrue). */
  authPool: Pool;
  /** The project's signing keys (ES256 and the legacy HS256 secret). */
  signingKeys: SigningKeys;
  /** Publishable, secret and legacy JWT API keys. */
  keys: ApiKeys;
  /** 0 (default) picks a free port. */
  port?: number;
  authSettings?: Partial<AuthSettings>;
  /** Called with every mail GoTrue sends (besides keeping it in the outbox). */
  onMail?: (mail: SentMail) => void;
  gatewaySettings?: Partial<GatewaySettings>;
  /** The project's admin role (pool and URL), which Realtime connects as; no Realtime without. */
  realtime?: { adminPool: Pool; adminUrl: string };
}

export interface LocalApiServer {
  url: string;
  port: number;
  faults: FaultSwitches;
  authSettings: AuthSettings;
  /** Every mail GoTrue "sent" (confirmation, recovery, e-mail change), for tests to read. */
  mail: MailOutbox;
  gatewaySettings: GatewaySettings;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function writeResponse(res: ServerResponse, response: ApiResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startLocalApi(options: LocalApiOptions): Promise<LocalApiServer> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = options.port ?? 0;
  let url = '';

  const authSettings: AuthSettings = { ...defaultAuthSettings(), ...options.authSettings };
  const mail = createMailOutbox(options.onMail);
  const gateway: GatewayContext = {
    keys: options.keys,
    settings: { legacyApiKeysEnabled: true, ...options.gatewaySettings },
    signingKeys: options.signingKeys,
    algorithm: () => authSettings.jwtAlgorithm,
  };
  let realtime: RealtimeEndpoint | null = null;
  const faults = createFaults(
    (listening) => (listening ? listen() : stopListening()),
    () => realtime?.dropSockets(),
  );
  const gotrue: GoTrueContext = {
    pool: options.authPool,
    signingKeys: options.signingKeys,
    get issuer() {
      return `${url}/auth/v1`;
    },
    settings: authSettings,
    mail,
    limits: createRateLimiter(),
    faults,
    providerCodes: new ProviderCodes(),
  };

  async function dispatch(request: ApiRequest): Promise<ApiResponse> {
    if (faults.paused) {
      return { status: 540, headers: { 'content-type': 'text/plain' }, body: 'Project paused' };
    }
    if (faults.status503) {
      return jsonResponse(503, { message: 'Service Unavailable' });
    }
    const path = request.url.pathname;
    // The GitHub and Google stand-ins: another "site" the browser visits, needing no API key.
    if (path.startsWith('/idp/')) return handleIdentityProvider(gotrue, request, path);
    const rest = /^\/rest\/v1(\/.*)?$/.exec(path);
    const auth = /^\/auth\/v1(\/.*)?$/.exec(path);
    if (!rest && !auth) return jsonResponse(404, { message: 'no Route matched with those values' });
    if (auth && isOpenAuthPath(auth[1] ?? '/')) return handleGoTrue(gotrue, request, auth[1]!);
    const passed = await passGateway(request, gateway);
    if ('refusal' in passed) return passed.refusal;
    if (rest) {
      return handlePostgrest(
        { pool: options.restPool, signingKeys: options.signingKeys },
        passed.request,
        rest[1] ?? '/',
      );
    }
    return handleGoTrue(gotrue, passed.request, auth![1] ?? '/');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let response: ApiResponse;
    try {
      response = await dispatch(await readRequest(req, url));
    } catch (error) {
      response =
        error instanceof BodyTooLargeError
          ? jsonResponse(413, { message: 'Request body is too large' })
          : jsonResponse(500, { message: 'An unexpected error occurred' });
      if (!(error instanceof BodyTooLargeError)) console.error('local Supabase API:', error);
    }
    if (faults.slowMs > 0) await sleep(faults.slowMs);
    if (res.destroyed) return;
    writeResponse(res, response);
  }

  function listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      const next = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
          console.error('local Supabase API: response failed', error);
          res.destroy();
        });
      });
      next.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
        if (faults.paused || faults.status503 || !realtime?.handleUpgrade(req, socket, head)) {
          socket.end(
            `HTTP/1.1 ${faults.paused ? 540 : 503} Unavailable\r\nConnection: close\r\n\r\n`,
          );
        }
      });
      next.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      next.once('error', reject);
      next.listen(port, HOST, () => {
        next.off('error', reject);
        const address = next.address();
        if (address && typeof address === 'object') port = address.port;
        url = `http://${HOST}:${port}`;
        server = next;
        resolve();
      });
    });
  }

  /** Closes the port and drops open connections, so keep-alive sockets fail too. */
  function stopListening(): Promise<void> {
    const current = server;
    server = null;
    if (!current) return Promise.resolve();
    return new Promise((resolve) => {
      current.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    });
  }

  if (options.realtime) {
    realtime = await startRealtime({
      gateway,
      adminPool: options.realtime.adminPool,
      adminUrl: options.realtime.adminUrl,
      refuseJoins: () => faults.realtimeRefuseJoins,
    });
  }
  try {
    await ensureFlowStateTable(options.authPool);
    await listen();
  } catch (error) {
    await realtime?.close();
    throw error;
  }
  return {
    get url() {
      return url;
    },
    get port() {
      return port;
    },
    faults,
    authSettings,
    mail: {
      all: () => mail.all(),
      latestTo: (email) => mail.latestTo(email),
      clear: () => mail.clear(),
    },
    gatewaySettings: gateway.settings,
    async close() {
      await realtime?.close();
      await stopListening();
    },
  };
}
