import type {
  ConnectionErrorKind,
  ConnectionTestReason,
} from '../../../../../shared/connection-test.ts';
import { findErrorCode, networkFailure } from '../../network-errors.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { parseRetryAfter } from '../retry-after.ts';
import { withRetryAfter } from '../status-failure.ts';

/*
 * Microsoft Entra ID answers with AADSTS codes:
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 * The SDK wraps token-endpoint errors in AuthenticationRequiredError (cause: MSAL ServerError with
 * errorNo and status); discovery failures all become CredentialUnavailableError
 * "endpoints_resolution_error", so the pipeline's last failed response tells those apart. Only the
 * AADSTS number, the status and the trace id are used: the description quotes the tenant and
 * client IDs the request carried, and is never shown.
 */

/** Filled by the tester's pipeline policy while the token request runs. */
export interface AzureResponseLog {
  /** An error answer: its status, body and `Retry-After` (Entra ID sends one when throttling). */
  failedResponse?: { status: number; body: string; retryAfter?: string | undefined } | undefined;
  requestError?: unknown;
}

interface MsalCauseLike {
  errorNo?: unknown;
  errorMessage?: unknown;
  status?: unknown;
  traceId?: unknown;
}

export function mapAzureError(error: unknown, log: AzureResponseLog, host: string): TesterOutcome {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  if (name === 'AbortError' && !log.requestError) return failure('cancelled', 'cancelled');
  if (name === 'AuthenticationRequiredError' || name === 'AuthenticationError') {
    const cause = ((error as { cause?: unknown }).cause ?? {}) as MsalCauseLike;
    const status = typeof cause.status === 'number' ? cause.status : undefined;
    const text = typeof cause.errorMessage === 'string' ? cause.errorMessage : message;
    const code = aadstsCode(cause.errorNo, text);
    if (code !== undefined || status !== undefined) {
      return fromAadsts(code, status, host, {
        traceId: typeof cause.traceId === 'string' ? cause.traceId : undefined,
        retryAfter: log.failedResponse?.retryAfter,
      });
    }
  }
  // Discovery or transport failure: look at what the pipeline saw.
  const failed = log.failedResponse;
  if (failed) {
    const body = parseBody(failed.body);
    const code = aadstsCode(body.errorCode, body.description);
    return fromAadsts(code, failed.status, host, {
      traceId: body.traceId,
      retryAfter: failed.retryAfter,
    });
  }
  const transportError = log.requestError ?? error;
  if (transportError instanceof Error && transportError.name === 'AbortError') {
    return failure('timeout', 'timeout', { params: { host } });
  }
  return (
    networkFailure(findErrorCode(transportError), host) ??
    failure('provider_error', 'network_failed', { params: { host } })
  );
}

function fromAadsts(
  code: number | undefined,
  status: number | undefined,
  host: string,
  answer: { traceId: string | undefined; retryAfter: string | undefined },
): TesterOutcome {
  const traceId = answer.traceId;
  const details = {
    params: {
      host,
      ...(status === undefined ? {} : { httpStatus: status }),
      ...(code === undefined ? {} : { aadsts: code }),
    },
    providerCode: code === undefined ? undefined : `AADSTS${code}`,
    requestId: traceId,
  };
  // Throttled (429, AADSTS50196/90055): the wait Entra ID asked for goes with the reason.
  const throttled = withRetryAfter(details, parseRetryAfter(answer.retryAfter));
  const known = code === undefined ? undefined : KNOWN_CODES[code];
  if (known) return failure(known[0], known[1], known[1] === 'rate_limited' ? throttled : details);
  if (status === 429) return failure('rate_limited', 'rate_limited', throttled);
  if (status !== undefined && status >= 500) {
    return failure('provider_error', 'provider_server_error', details);
  }
  return failure('provider_error', 'provider_refused', details);
}

const KNOWN_CODES: Record<number, [ConnectionErrorKind, ConnectionTestReason]> = {
  7000215: ['invalid_credentials', 'client_secret_wrong'],
  7000222: ['expired', 'client_secret_expired'],
  700016: ['not_found', 'application_not_found'],
  90002: ['not_found', 'tenant_not_found'],
  900023: ['not_found', 'tenant_invalid'],
  7000112: ['permission_denied', 'application_disabled'],
  53003: ['permission_denied', 'conditional_access_blocked'],
  50196: ['rate_limited', 'rate_limited'],
  90055: ['rate_limited', 'rate_limited'],
};

/** The AADSTS number from MSAL's errorNo or the description text. */
function aadstsCode(errorNo: unknown, text: string): number | undefined {
  const fromField = Number(errorNo);
  if (Number.isInteger(fromField) && fromField > 0) return fromField;
  const match = /AADSTS(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

interface AadErrorBody {
  errorCode: unknown;
  description: string;
  traceId: string | undefined;
}

function parseBody(text: string): AadErrorBody {
  const empty: AadErrorBody = { errorCode: undefined, description: '', traceId: undefined };
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return empty;
    const record = parsed as Record<string, unknown>;
    return {
      errorCode: Array.isArray(record.error_codes)
        ? (record.error_codes as unknown[])[0]
        : undefined,
      description: typeof record.error_description === 'string' ? record.error_description : '',
      traceId: typeof record.trace_id === 'string' ? record.trace_id : undefined,
    };
  } catch {
    return empty;
  }
}
