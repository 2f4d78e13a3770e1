/**
 * Which `redirect_to` GoTrue honours (supabase/auth internal/utilities/request.go,
 * IsRedirectURLValid and GetReferrer): the Site URL's own scheme and host (any port on a loopback
 * host), a loopback IP address, or an entry of the allow list, matched as a glob with `.` and `/`
 * as separators (gobwas/glob, as GoTrue compiles GOTRUE_URI_ALLOW_LIST). Anything else falls back
 * to the Site URL, silently, as on a hosted project.
 */
import type { ApiRequest } from '../http-io.ts';
import type { AuthSettings } from './auth-settings.ts';

const DECIMAL_IP = /^[0-9]+$/;
const REGULAR_HOSTNAME = /^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$/;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The host as written, like Go's url.Hostname(): WHATWG URL parsing would turn `2130706433` into
 * `127.0.0.1` and hide what GoTrue refuses.
 */
function rawHostname(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  return (match?.[1] ?? '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

function isLoopbackIp(host: string): boolean {
  return /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

function isLocalhost(host: string): boolean {
  return host === 'localhost' || isLoopbackIp(host);
}

/** gobwas/glob with separators `.` and `/`: `**` crosses them, `*` and `?` do not. */
function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index++;
    } else if (char === '*') {
      source += '[^./]*';
    } else if (char === '?') {
      source += '[^./]';
    } else {
      source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

export function isRedirectUrlValid(settings: AuthSettings, redirectUrl: string): boolean {
  if (redirectUrl === '' || [...redirectUrl].some((char) => char <= ' ' || char === '\x7f')) {
    return false;
  }
  const base = parse(settings.siteUrl);
  const target = parse(redirectUrl);
  if (!base || !target) return false;
  const host = rawHostname(redirectUrl);
  if (
    rawHostname(settings.siteUrl) === host &&
    base.protocol === target.protocol &&
    (base.port === target.port || isLocalhost(host))
  ) {
    return true;
  }
  const isHttp = target.protocol === 'http:' || target.protocol === 'https:';
  if (DECIMAL_IP.test(host)) return false;
  if (isIp(host)) return isLoopbackIp(host);
  if (isHttp && !REGULAR_HOSTNAME.test(host)) return false;
  const withoutFragment = redirectUrl.split('#')[0]!;
  return settings.additionalRedirectUrls.some((pattern) =>
    globToRegExp(pattern).test(withoutFragment),
  );
}

/** GoTrue's GetReferrer: an allowed `redirect_to` (query), else an allowed Referer, else the Site URL. */
export function referrerOf(settings: AuthSettings, request: ApiRequest): string {
  const requested = request.headers['redirect_to'] ?? request.url.searchParams.get('redirect_to');
  if (requested && isRedirectUrlValid(settings, requested)) return requested;
  const referer = request.headers['referer'];
  if (referer && isRedirectUrlValid(settings, referer)) return referer;
  return settings.siteUrl;
}
