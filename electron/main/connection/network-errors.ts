import type { TesterOutcome } from './tester-types.ts';
import { failure } from './tester-types.ts';

/*
 * Connection-level failures look alike across SDKs once the Node error code is dug out of the
 * `cause` chain (undici, node-fetch, the Azure pipeline and the AWS handler all keep it).
 */

const CERTIFICATE_CODE =
  /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(VERIFY|GET_ISSUER)|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_)/;

/** The first Node/undici error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, …) along the cause chain. */
export function findErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth += 1) {
    if (typeof current === 'object') {
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
      current = (current as { cause?: unknown }).cause;
    } else {
      break;
    }
  }
  return undefined;
}

/**
 * A failed outcome for a connection problem, or `undefined` when the code is not one. `host` is
 * where the request went (the bound endpoint), for the words the renderer makes.
 */
export function networkFailure(code: string | undefined, host: string): TesterOutcome | undefined {
  if (!code) return undefined;
  const params = { host, networkCode: code };
  if (
    code === 'ETIMEDOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT'
  ) {
    return failure('timeout', 'timeout', { params });
  }
  if (code === 'ECONNREFUSED') return failure('network', 'connection_refused', { params });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return failure('network', 'host_not_found', { params });
  }
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'UND_ERR_SOCKET' ||
    code === 'UND_ERR_CLOSED'
  ) {
    return failure('network', 'connection_closed', { params });
  }
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') {
    return failure('network', 'network_unreachable', { params });
  }
  if (CERTIFICATE_CODE.test(code)) return failure('network', 'certificate_untrusted', { params });
  if (/^E[A-Z]+$/.test(code) || code.startsWith('UND_ERR_')) {
    return failure('network', 'network_failed', { params });
  }
  return undefined;
}

/** The host a request goes to, from a URL the user configured or the SDK's default. */
export function hostOf(url: string | undefined, fallback: string): string {
  if (!url) return fallback;
  try {
    return new URL(url).host;
  } catch {
    return fallback;
  }
}
