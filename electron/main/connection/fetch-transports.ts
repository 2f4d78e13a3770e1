import { createHttpHeaders } from '@azure/core-rest-pipeline';
import type { HttpClient, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';

/*
 * The SDKs that do not take a fetch get a transport built on one, so every request of main goes
 * through the one injected fetch: Electron's net.fetch in the app (Chromium's network stack, which
 * honours the system proxy, PAC files and the OS certificate store), a counting or proxied fetch
 * in the tests. Node's own http stack, which ignores all of these, is never used.
 *   AWS SDK:        a Smithy request handler (`requestHandler`)
 *   @azure/identity: a core-rest-pipeline HttpClient (`httpClient`)
 *   google-auth-library: gaxios's `fetchImplementation` (set directly in its tester)
 *   openai, @anthropic-ai/sdk, supabase-js: their own `fetch` option
 */

// Set by fetch itself from the URL and the body; some stacks (Chromium's) refuse them from callers.
const MANAGED_HEADERS = new Set(['host', 'content-length', 'connection', 'expect']);

function requestHeaders(entries: Iterable<[string, string]>): Headers {
  const headers = new Headers();
  for (const [name, value] of entries) {
    if (!MANAGED_HEADERS.has(name.toLowerCase())) headers.set(name, value);
  }
  return headers;
}

/** The part of a Smithy `HttpRequest` the handler reads. */
interface SmithyRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

function smithyUrl(request: SmithyRequest): string {
  const url = new URL(`${request.protocol}//${request.hostname}`);
  if (request.port) url.port = String(request.port);
  url.pathname = request.path;
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      url.searchParams.append(name, item ?? '');
    }
  }
  return url.href;
}

/**
 * A Smithy request handler (what the AWS SDK v3 clients take as `requestHandler`) that sends
 * through `fetchFn`. The response body stays a web stream, which the SDK's stream collector reads.
 * The timeout bounds the whole request; the SDK's abort signal is honoured.
 */
export function fetchRequestHandler(fetchFn: typeof fetch, options: { timeoutMs: number }) {
  return {
    metadata: { handlerProtocol: 'h1' },
    async handle(request: SmithyRequest, handlerOptions: { abortSignal?: AbortSignal } = {}) {
      const signals = [AbortSignal.timeout(options.timeoutMs)];
      if (handlerOptions.abortSignal) signals.push(handlerOptions.abortSignal);
      const method = request.method.toUpperCase();
      const response = await fetchFn(smithyUrl(request), {
        method,
        headers: requestHeaders(Object.entries(request.headers)),
        ...(method === 'GET' || method === 'HEAD' || request.body == null
          ? {}
          : { body: request.body as BodyInit }),
        signal: AbortSignal.any(signals),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      return {
        response: {
          statusCode: response.status,
          reason: response.statusText,
          headers,
          body: response.body ?? new Uint8Array(),
        },
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}

/**
 * A core-rest-pipeline HttpClient (what @azure/identity takes as `httpClient`) that sends through
 * `fetchFn`, with the pipeline's per-request timeout and abort signal. Bodies are read as text:
 * the identity endpoints answer small JSON documents.
 */
export function fetchHttpClient(fetchFn: typeof fetch): HttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const signals: AbortSignal[] = [];
      if (request.abortSignal) signals.push(request.abortSignal as AbortSignal);
      if (request.timeout > 0) signals.push(AbortSignal.timeout(request.timeout));
      const body = request.body;
      if (body !== undefined && body !== null && typeof body !== 'string') {
        throw new TypeError('fetchHttpClient sends string bodies only');
      }
      const response = await fetchFn(request.url, {
        method: request.method,
        headers: requestHeaders(request.headers),
        ...(typeof body === 'string' ? { body } : {}),
        ...(signals.length > 0 ? { signal: AbortSignal.any(signals) } : {}),
      });
      const headers = createHttpHeaders();
      response.headers.forEach((value, name) => headers.set(name, value));
      return { request, status: response.status, headers, bodyAsText: await response.text() };
    },
  };
}
