import { findErrorCode, networkFailure } from '../../network-errors.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';

/*
 * STS error codes: https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 * The SDK throws with `name` = the code, `$metadata.httpStatusCode` and `$metadata.requestId`.
 * The error's message is provider text and is not used; only the code tells a clock problem apart
 * (SignatureDoesNotMatch says "Signature expired" in its message, a fixed AWS phrase with no input).
 */

interface AwsServiceErrorLike {
  name?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

export function mapAwsError(error: unknown, region: string, host: string): TesterOutcome {
  const err = (typeof error === 'object' && error !== null ? error : {}) as AwsServiceErrorLike;
  const name = typeof err.name === 'string' ? err.name : '';
  const status = err.$metadata?.httpStatusCode;

  if (name === 'AbortError') return failure('cancelled', 'cancelled');
  if (name === 'TimeoutError') return failure('timeout', 'timeout', { params: { host } });
  if (status === undefined) {
    return (
      networkFailure(findErrorCode(error), host) ??
      failure('provider_error', 'network_failed', { params: { host } })
    );
  }
  const details = {
    params: { host, region, httpStatus: status },
    providerCode: name || undefined,
    requestId: err.$metadata?.requestId,
  };
  switch (name) {
    case 'InvalidClientTokenId':
      return failure('invalid_credentials', 'access_key_unknown', details);
    case 'SignatureDoesNotMatch':
      if (typeof err.message === 'string' && /signature expired/i.test(err.message)) {
        return failure('expired', 'clock_skew', details);
      }
      return failure('invalid_credentials', 'secret_mismatch', details);
    case 'ExpiredToken':
    case 'ExpiredTokenException':
      return failure('expired', 'session_token_expired', details);
    case 'IncompleteSignature':
    case 'MissingAuthenticationToken':
      return failure('invalid_format', 'signature_unreadable', details);
    case 'AccessDenied':
    case 'AccessDeniedException':
      return failure('permission_denied', 'permission_denied', details);
    case 'RegionDisabledException':
      return failure('permission_denied', 'region_disabled', details);
    default:
      break;
  }
  if (THROTTLING.has(name) || status === 429)
    return failure('rate_limited', 'rate_limited', details);
  if (status >= 500) return failure('provider_error', 'provider_server_error', details);
  return failure('provider_error', 'provider_refused', details);
}
