import type { AuthVerdict } from './auth-verdict.ts';
import { classifyAuthAnswer, isRefreshRoute, isSessionRoute } from './auth-verdict.ts';

/*
 * The `fetch` handed to supabase-js (auth and PostgREST alike). It changes nothing on the wire; it
 * watches: transport outcomes feed the connectivity monitor, and GoTrue's answers on session
 * routes feed the removal guard before auth-js acts on them.
 */

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Implemented by the connectivity monitor. */
export interface TransportObserver {
  /** False when the OS reports no network: calls then fail at once, nothing is sent. */
  isNetworkUp(): boolean;
  reportNetworkFailure(): void;
  reportResponse(status: number): void;
}

export interface ObservedFetchOptions {
  base?: FetchLike;
  transport?: TransportObserver;
  onAuthVerdict?: (verdict: AuthVerdict) => void;
  /**
   * The HTTP status of every answer on /auth/v1: auth-js drops it when the body is not JSON (a
   * paused project's 540), and the app still has to say why.
   */
  onAuthAnswer?: (answer: AuthAnswerSeen) => void;
  /**
   * Gives up on a request after this long. Without it a black-holed network (a dead Wi-Fi that
   * still reports "connected") leaves a call hanging for minutes instead of going offline.
   */
  timeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** What auth-js does not keep of an Auth answer: its status and the wait a rate limit asks for. */
export interface AuthAnswerSeen {
  status?: number;
  retryAfterSeconds?: number;
}

/** `Retry-After` in seconds (RFC 9110 §10.2.3: seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

export function createObservedFetch(options: ObservedFetchOptions): FetchLike {
  const base = options.base ?? ((input, init) => fetch(input, init));
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const sessionRoute = isSessionRoute(url);
    if (options.transport && !options.transport.isNetworkUp()) {
      if (sessionRoute) options.onAuthVerdict?.('transient');
      // The same shape a refused connection has, so every client treats it as status 0.
      throw new TypeError('fetch failed', {
        cause: new Error('The operating system reports no network connection.'),
      });
    }
    const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await base(input, { ...init, signal });
    } catch (error) {
      if (sessionRoute) options.onAuthVerdict?.('transient');
      if (!init?.signal?.aborted) options.transport?.reportNetworkFailure();
      throw error;
    }
    options.transport?.reportResponse(response.status);
    if (url.pathname.includes('/auth/v1/')) {
      const wait = retryAfterSeconds(response.headers);
      options.onAuthAnswer?.({
        status: response.status,
        ...(wait === undefined ? {} : { retryAfterSeconds: wait }),
      });
    }
    if (sessionRoute && options.onAuthVerdict) {
      options.onAuthVerdict(
        classifyAuthAnswer(
          response.status,
          await peekJson(response),
          response.headers,
          isRefreshRoute(url),
        ),
      );
    }
    return response;
  };
}

async function peekJson(response: Response): Promise<unknown> {
  if (response.ok) return null;
  try {
    return await response.clone().json();
  } catch {
    return null;
  }
}
