import type { ConnectionErrorKind } from '../../../../shared/connection-test.ts';
import { findErrorCode, networkFailure } from '../network-errors.ts';
import type { TesterOutcome } from '../tester-types.ts';
import { failure, withDetail } from '../tester-types.ts';

/*
 * Microsoft Entra ID answers with AADSTS codes:
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 * The SDK wraps token-endpoint errors in AuthenticationRequiredError (cause: MSAL ServerError with
 * errorNo and status); discovery failures all become CredentialUnavailableError
 * "endpoints_resolution_error", so the pipeline's last failed response tells those apart.
 */

/** Filled by the tester's pipeline policy while the token request runs. */
export interface AzureResponseLog {
  failedResponse?: { status: number; body: string } | undefined;
  requestError?: unknown;
}

export interface AzureTarget {
  host: string;
  tenantId: string;
  clientId: string;
}

interface MsalCauseLike {
  errorCode?: unknown;
  errorNo?: unknown;
  errorMessage?: unknown;
  status?: unknown;
}

export function mapAzureError(
  error: unknown,
  log: AzureResponseLog,
  target: AzureTarget,
  scrub: (text: string) => string,
): TesterOutcome {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  if (name === 'AbortError' && !log.requestError) {
    return failure('cancelled', 'The test was stopped before Microsoft Entra ID answered.');
  }
  if (name === 'AuthenticationRequiredError' || name === 'AuthenticationError') {
    const cause = ((error as { cause?: unknown }).cause ?? {}) as MsalCauseLike;
    const status = typeof cause.status === 'number' ? cause.status : undefined;
    const text = typeof cause.errorMessage === 'string' ? cause.errorMessage : message;
    const code = aadstsCode(cause.errorNo, text);
    if (code !== undefined || status !== undefined) {
      return fromAadsts(code, status, describe(text, scrub), target);
    }
  }
  // Discovery or transport failure: look at what the pipeline saw.
  const failed = log.failedResponse;
  if (failed) {
    const body = parseBody(failed.body);
    const code = aadstsCode(body.error_codes?.[0], body.error_description ?? '');
    return fromAadsts(code, failed.status, describe(body.error_description ?? '', scrub), target);
  }
  const transportError = log.requestError ?? error;
  if (transportError instanceof Error && transportError.name === 'AbortError') {
    return failure('timeout', `Microsoft Entra ID (${target.host}) did not answer in time.`);
  }
  return (
    networkFailure(findErrorCode(transportError), `Microsoft Entra ID (${target.host})`) ??
    failure(
      'provider_error',
      withDetail(`Could not get a token from Microsoft Entra ID (${target.host}).`, scrub(message)),
    )
  );
}

function fromAadsts(
  code: number | undefined,
  status: number | undefined,
  detail: string | undefined,
  target: AzureTarget,
): TesterOutcome {
  const known = code === undefined ? undefined : KNOWN_CODES[code];
  if (known) return failure(known.kind, known.message(target));
  if (status === 429) {
    return failure(
      'rate_limited',
      withDetail('Microsoft Entra ID is throttling requests. Try again shortly.', detail),
    );
  }
  if (status !== undefined && status >= 500) {
    return failure(
      'provider_error',
      withDetail(
        `Microsoft Entra ID had a server error (HTTP ${status}). Try again later.`,
        detail,
      ),
    );
  }
  return failure(
    'provider_error',
    withDetail('Microsoft Entra ID refused the token request.', detail),
  );
}

const KNOWN_CODES: Record<
  number,
  { kind: ConnectionErrorKind; message: (t: AzureTarget) => string }
> = {
  7000215: {
    kind: 'invalid_credentials',
    message: () =>
      "The client secret is wrong (AADSTS7000215). Copy the secret's Value, not its Secret ID.",
  },
  7000222: {
    kind: 'expired',
    message: () =>
      'The client secret has expired (AADSTS7000222). Create a new secret in the app registration and rotate it here.',
  },
  700016: {
    kind: 'not_found',
    message: (t) =>
      `No application with client ID ${t.clientId} exists in tenant ${t.tenantId} (AADSTS700016). Check both IDs.`,
  },
  90002: {
    kind: 'not_found',
    message: (t) =>
      `Tenant ${t.tenantId} was not found at ${t.host} (AADSTS90002). Check the tenant ID and the cloud (authority host).`,
  },
  900023: {
    kind: 'not_found',
    message: (t) => `"${t.tenantId}" is not a valid tenant (AADSTS900023).`,
  },
  7000112: {
    kind: 'permission_denied',
    message: () => 'The application is disabled in this tenant (AADSTS7000112).',
  },
  53003: {
    kind: 'permission_denied',
    message: () => 'A Conditional Access policy blocked the sign-in (AADSTS53003).',
  },
  50196: {
    kind: 'rate_limited',
    message: () => 'Microsoft Entra ID detected too many requests (AADSTS50196). Try again later.',
  },
  90055: {
    kind: 'rate_limited',
    message: () =>
      'Microsoft Entra ID is throttling requests for this tenant (AADSTS90055). Try again later.',
  },
};

/** The AADSTS number from MSAL's errorNo or the description text. */
function aadstsCode(errorNo: unknown, text: string): number | undefined {
  const fromField = Number(errorNo);
  if (Number.isInteger(fromField) && fromField > 0) return fromField;
  const match = /AADSTS(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The provider's description without the trace lines, scrubbed. */
function describe(text: string, scrub: (t: string) => string): string | undefined {
  const match = /AADSTS\d+:[^]*?(?= Trace ID:| - Correlation ID:| - Trace ID:|$)/.exec(text);
  const description = (match?.[0] ?? text).trim();
  return description ? scrub(description) : undefined;
}

interface AadErrorBody {
  error_codes?: unknown[];
  error_description?: string;
}

function parseBody(text: string): AadErrorBody {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const record = parsed as Record<string, unknown>;
    return {
      error_codes: Array.isArray(record.error_codes) ? (record.error_codes as unknown[]) : [],
      ...(typeof record.error_description === 'string'
        ? { error_description: record.error_description }
        : {}),
    };
  } catch {
    return {};
  }
}
