/*
 * A fetch that never takes a credential to another origin. Node's fetch follows redirects and, on
 * a cross-origin hop, drops the Authorization header but keeps going: a base URL that redirects to
 * another server would then get an answer without the key ever being checked, and the test would
 * read as passed. Here redirects are followed by hand, only within the origin the request was
 * bound to; any other target ends the request with CrossOriginRedirectError.
 */

const MAX_SAME_ORIGIN_REDIRECTS = 3;

/** Thrown (as the fetch's rejection) when a response redirects to another origin. */
export class CrossOriginRedirectError extends Error {
  constructor() {
    super('The server redirected the request to another origin.');
    this.name = 'CrossOriginRedirectError';
  }
}

/** True when `error` or one of its causes is a CrossOriginRedirectError. */
export function isCrossOriginRedirect(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth += 1) {
    if (current instanceof CrossOriginRedirectError) return true;
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return false;
}

export function originBoundFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return async function fetchWithinOrigin(input, init) {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const origin = url.origin;
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    for (let hop = 0; ; hop += 1) {
      // The next hop as a string (Electron's net.fetch takes a string or a Request, not a URL);
      // a Request input (the Mistral SDK's) keeps its headers and signal on a same-origin hop.
      const target =
        hop === 0 ? input : input instanceof Request ? new Request(url.href, input) : url.href;
      const response = await base(target, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) return response;
      const next = new URL(location, url);
      if (next.origin !== origin) {
        await response.body?.cancel();
        throw new CrossOriginRedirectError();
      }
      // A body cannot be sent twice; and a redirect loop is not an answer either.
      if ((method !== 'GET' && method !== 'HEAD') || hop >= MAX_SAME_ORIGIN_REDIRECTS) {
        return response;
      }
      await response.body?.cancel();
      url = next;
    }
  };
}
