import { Readable } from 'node:stream';

/*
 * Electron's net.fetch as the app's one fetch, plus what it lacks. net.fetch (Chromium's stack:
 * system proxy, PAC, OS certificates) cannot answer `redirect: 'manual'`: its ClientRequest emits
 * 'redirect' and, when nobody follows it, fails with "Redirect was cancelled" (Electron
 * lib/browser/api/net-client-request.ts). originBoundFetch needs the 3xx itself, to follow it within
 * the origin or refuse it, so manual requests go through net.request, whose 'redirect' event
 * carries the status and target: the request is aborted there and the 3xx returned unfollowed.
 * Electron is passed in, so this runs and is tested without it.
 */

/** The part of Electron's ClientRequest used here. */
export interface NetClientRequest {
  setHeader(name: string, value: string): void;
  on(
    event: 'redirect',
    listener: (
      statusCode: number,
      method: string,
      redirectUrl: string,
      headers: Record<string, string[]>,
    ) => void,
  ): this;
  on(
    event: 'response',
    listener: (response: NodeJS.ReadableStream & NetIncomingMessage) => void,
  ): this;
  on(event: 'error', listener: (error: Error) => void): this;
  write(chunk: Buffer): void;
  end(): void;
  abort(): void;
}

/** The part of Electron's IncomingMessage used here. */
export interface NetIncomingMessage {
  statusCode: number;
  statusMessage: string;
  headers: Record<string, string | string[]>;
}

/** The part of Electron's `net` used here. */
export interface NetModule {
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  request(options: { url: string; method: string; redirect: 'manual' }): NetClientRequest;
}

// Set by the network stack itself; Chromium refuses them from callers.
const MANAGED_HEADERS = new Set(['host', 'content-length', 'connection', 'expect']);
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

function toHeaders(record: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(record)) {
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A fetch on Electron's `net`: net.fetch, and net.request for `redirect: 'manual'`. */
export function netFetch(net: NetModule): typeof fetch {
  return async (input, init) => {
    const request = new Request(input instanceof URL ? input.href : input, init);
    if (request.redirect !== 'manual') return net.fetch(request);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : null;
    return new Promise<Response>((resolve, reject) => {
      // Like fetch: the signal's reason (an Error whenever the app aborts), else an AbortError.
      const abortError = (): Error =>
        request.signal.reason instanceof Error
          ? request.signal.reason
          : new DOMException('The operation was aborted.', 'AbortError');
      if (request.signal.aborted) {
        reject(abortError());
        return;
      }
      const client = net.request({ url: request.url, method: request.method, redirect: 'manual' });
      const onAbort = (): void => {
        client.abort();
        reject(abortError());
      };
      request.signal.addEventListener('abort', onAbort, { once: true });
      const settle = (response: Response): void => {
        request.signal.removeEventListener('abort', onAbort);
        resolve(response);
      };
      request.headers.forEach((value, name) => {
        if (!MANAGED_HEADERS.has(name)) client.setHeader(name, value);
      });
      client.on('redirect', (statusCode, _method, redirectUrl, headers) => {
        // Aborting inside the listener is what keeps Electron from failing the request.
        client.abort();
        const redirect = toHeaders(headers);
        redirect.set('location', redirectUrl);
        settle(new Response(null, { status: statusCode, headers: redirect }));
      });
      client.on('response', (response) => {
        const empty = NULL_BODY_STATUS.has(response.statusCode) || request.method === 'HEAD';
        settle(
          new Response(
            empty ? null : (Readable.toWeb(response as unknown as Readable) as ReadableStream),
            {
              status: response.statusCode,
              statusText: response.statusMessage,
              headers: toHeaders(response.headers),
            },
          ),
        );
      });
      client.on('error', (error) => {
        request.signal.removeEventListener('abort', onAbort);
        reject(error);
      });
      if (body && body.length > 0) client.write(body);
      client.end();
    });
  };
}
