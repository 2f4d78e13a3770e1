import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';

/**
 * An HTTP CONNECT proxy on loopback, as a company proxy looks to a client: it opens a tunnel to
 * the `host:port` asked for and records it. It does not forward plain requests (it answers 405),
 * so whatever reaches a server through it came through a tunnel. `refuse` answers 403 to every
 * CONNECT, to show that traffic really depends on it.
 */
export class ConnectProxy {
  /** `host:port` of every tunnel asked for, in order. */
  readonly tunnels: string[] = [];
  refuse = false;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  private constructor() {
    this.#server = createServer((_request, response) => {
      response.statusCode = 405;
      response.end();
    });
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    this.#server.on('connect', (request, client: Socket, head: Buffer) => {
      const target = request.url ?? '';
      this.tunnels.push(target);
      if (this.refuse) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const separator = target.lastIndexOf(':');
      const upstream = connect(Number(target.slice(separator + 1)), target.slice(0, separator));
      this.#sockets.add(upstream);
      upstream.on('close', () => this.#sockets.delete(upstream));
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  }

  static async start(): Promise<ConnectProxy> {
    const proxy = new ConnectProxy();
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
