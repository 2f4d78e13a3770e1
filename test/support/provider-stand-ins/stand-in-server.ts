import { createServer as createHttpServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

/*
 * The HTTP(S) plumbing every provider stand-in shares: a server on 127.0.0.1, a request log, and
 * the failure modes a test switches at runtime. The protocol (paths, bodies, the credential check)
 * lives in each provider's stand-in.
 */

/** How the server behaves for every request, whatever the credential. */
export type StandInMode =
  | 'normal'
  /** Accepts the request and never answers. */
  | 'hang'
  /** Answers with the provider's 5xx error. */
  | 'server_error'
  /** Answers with the provider's 429 (or throttling) error. */
  | 'rate_limited'
  /** Stops listening: connections are refused on the same port. */
  | 'unreachable';

export interface StandInRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StandInReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** Returned by a protocol handler to leave the request unanswered (a per-credential hang). */
export const HANG = Symbol('hang');

export interface StandInProtocol {
  handle(request: StandInRequest): StandInReply | typeof HANG;
  serverError(): StandInReply;
  rateLimited(): StandInReply;
}

export interface StandInServerOptions {
  /** Serve https with this certificate and key (PEM). */
  tls?: { key: string; cert: string };
  /** Delay before each answer, to make a single test take a measurable time. */
  latencyMs?: number;
}

export class StandInServer {
  readonly requests: StandInRequest[] = [];
  latencyMs: number;
  readonly #server: Server;
  readonly #protocol: StandInProtocol;
  readonly #scheme: 'http' | 'https';
  #mode: StandInMode = 'normal';
  #port = 0;
  #listening = false;

  constructor(protocol: StandInProtocol, options: StandInServerOptions = {}) {
    this.#protocol = protocol;
    this.latencyMs = options.latencyMs ?? 0;
    this.#scheme = options.tls ? 'https' : 'http';
    const listener = (request: IncomingMessage, response: ServerResponse): void => {
      this.#onRequest(request, response);
    };
    this.#server = options.tls
      ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
      : createHttpServer(listener);
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  async start(): Promise<void> {
    await this.#listen(0);
  }

  /** `http://127.0.0.1:PORT` or `https://…`: stays the same across `unreachable` and back. */
  get origin(): string {
    return `${this.#scheme}://127.0.0.1:${this.#port}`;
  }

  get mode(): StandInMode {
    return this.#mode;
  }

  async setMode(mode: StandInMode): Promise<void> {
    this.#mode = mode;
    if (mode === 'unreachable' && this.#listening) await this.#stopListening();
    if (mode !== 'unreachable' && !this.#listening) await this.#listen(this.#port);
  }

  async close(): Promise<void> {
    if (this.#listening) await this.#stopListening();
  }

  #listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => {
        this.#server.off('error', reject);
        const address = this.#server.address();
        if (address && typeof address === 'object') this.#port = address.port;
        this.#listening = true;
        resolve();
      });
    });
  }

  #stopListening(): Promise<void> {
    return new Promise((resolve) => {
      this.#listening = false;
      this.#server.close(() => resolve());
      // Hung requests keep their sockets open; drop them so close() completes.
      this.#server.closeAllConnections();
    });
  }

  #onRequest(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received: StandInRequest = {
        method: request.method ?? 'GET',
        url: new URL(request.url ?? '/', this.origin),
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      this.requests.push(received);
      const reply = this.#reply(received);
      if (reply === HANG) return;
      const send = (): void => {
        if (response.destroyed) return;
        response.writeHead(reply.status, reply.headers ?? {});
        response.end(reply.body);
      };
      if (this.latencyMs > 0) setTimeout(send, this.latencyMs).unref();
      else send();
    });
  }

  #reply(request: StandInRequest): StandInReply | typeof HANG {
    switch (this.#mode) {
      case 'hang':
        return HANG;
      case 'server_error':
        return this.#protocol.serverError();
      case 'rate_limited':
        return this.#protocol.rateLimited();
      default:
        try {
          return this.#protocol.handle(request);
        } catch (error) {
          // A bug in a stand-in must show up as a failing test, not a hang.
          return { status: 599, body: `stand-in error: ${String(error)}` };
        }
    }
  }
}

export function jsonReply(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): StandInReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** The value of a single-valued header (Node joins or arrays repeated ones). */
export function header(request: StandInRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
