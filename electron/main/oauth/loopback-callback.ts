import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';

/*
 * The loopback redirect of RFC 8252 §7.3, for a build where the OS does not hand `aterges://`
 * links to the app (an unpackaged Linux build): a one-shot HTTP server in main on 127.0.0.1 and a
 * random port, which Supabase Auth accepts as a redirect URL (any loopback IP: supabase/auth
 * internal/utilities/request.go IsRedirectURLValid). It answers exactly one request to
 * `/auth/callback` carrying this attempt's random value, shows a fixed page that echoes nothing,
 * and closes; it also closes after its time limit or when the sign-in is cancelled.
 *
 * Bound to 127.0.0.1 only (never 0.0.0.0 nor `localhost`, which may resolve elsewhere: RFC 8252
 * §8.3), and it checks the Host header too, so a web page using DNS rebinding cannot reach it
 * under another name. The random `attempt` makes a request from another local program that
 * merely found the port useless; the code in the URL is worth nothing without the PKCE verifier
 * in main anyway.
 */

export const LOOPBACK_HOST = '127.0.0.1';
export const LOOPBACK_PATH = '/auth/callback';
/** Long enough to sign in to GitHub or Google with a second factor; RFC 8252 leaves it open. */
export const DEFAULT_LOOPBACK_TIMEOUT_MS = 5 * 60 * 1000;

/** Why a request to the loopback server was turned away (for the log; never the URL). */
export type LoopbackRefusal = 'wrong_method' | 'wrong_host' | 'wrong_path' | 'wrong_attempt';

export type LoopbackOutcome =
  /** The redirect arrived: its query as an `aterges://auth/callback` URL, for the one parser. */
  { kind: 'callback'; url: string } | { kind: 'timed_out' } | { kind: 'closed' };

export interface LoopbackCallback {
  /** The `redirectTo` for signInWithOAuth. */
  redirectUrl: string;
  /** Settles once: the callback, the time limit, or `close()`. */
  outcome: Promise<LoopbackOutcome>;
  close(): void;
}

export interface LoopbackOptions {
  timeoutMs?: number;
  onRefused?: (refusal: LoopbackRefusal) => void;
}

// Bilingual and fixed: this page is outside the app, which does not know the browser's language.
const DONE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Aterges Desktop</title></head>
<body style="font-family:sans-serif;margin:4rem auto;max-width:30rem">
<p lang="es">Puedes cerrar esta ventana y volver a Aterges Desktop.</p>
<p lang="en">You can close this window and return to Aterges Desktop.</p></body></html>`;
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  connection: 'close',
};

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The callback as the deep link's form, without this server's own `attempt` value. */
function asDeepLink(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete('attempt');
  const query = params.toString();
  return `${AUTH_CALLBACK_URL}${query === '' ? '' : `?${query}`}`;
}

export async function startLoopbackCallback(
  options: LoopbackOptions = {},
): Promise<LoopbackCallback> {
  const attempt = randomBytes(16).toString('base64url');
  let settle!: (outcome: LoopbackOutcome) => void;
  const outcome = new Promise<LoopbackOutcome>((resolve) => (settle = resolve));
  let done = false;
  let port = 0;

  const finish = (result: LoopbackOutcome) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    settle(result);
    server.close();
    server.closeAllConnections();
  };
  const refuse = (res: ServerResponse, refusal: LoopbackRefusal) => {
    options.onRefused?.(refusal);
    res.writeHead(404, { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (done) return refuse(res, 'wrong_attempt');
    if (req.method !== 'GET') return refuse(res, 'wrong_method');
    if (req.headers.host !== `${LOOPBACK_HOST}:${port}`) return refuse(res, 'wrong_host');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}:${port}`);
    } catch {
      return refuse(res, 'wrong_path');
    }
    if (url.pathname !== LOOPBACK_PATH) return refuse(res, 'wrong_path');
    const given = url.searchParams.getAll('attempt');
    if (given.length !== 1 || !sameText(given[0]!, attempt)) return refuse(res, 'wrong_attempt');
    res.writeHead(200, PAGE_HEADERS);
    res.end(DONE_PAGE, () => finish({ kind: 'callback', url: asDeepLink(url) }));
  };

  const server = createServer(handle);
  const timer = setTimeout(
    () => finish({ kind: 'timed_out' }),
    options.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS,
  );
  timer.unref?.();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    server.listen(0, LOOPBACK_HOST, () => {
      server.removeAllListeners('error');
      port = (server.address() as AddressInfo).port;
      resolve();
    });
  });

  return {
    redirectUrl: `http://${LOOPBACK_HOST}:${port}${LOOPBACK_PATH}?attempt=${attempt}`,
    outcome,
    close: () => finish({ kind: 'closed' }),
  };
}
