import { findErrorCode, networkFailure } from '../network-errors.ts';
import type { TesterOutcome } from '../tester-types.ts';
import { failure, withDetail } from '../tester-types.ts';

/*
 * STS error codes: https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 * The SDK throws with `name` = the code and `$metadata.httpStatusCode`.
 */

interface AwsServiceErrorLike {
  name?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
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

export function mapAwsError(
  error: unknown,
  region: string,
  scrub: (text: string) => string,
): TesterOutcome {
  const target = `AWS STS (${region})`;
  const err = (typeof error === 'object' && error !== null ? error : {}) as AwsServiceErrorLike;
  const name = typeof err.name === 'string' ? err.name : '';
  const status = err.$metadata?.httpStatusCode;
  const detail = typeof err.message === 'string' ? scrub(err.message) : undefined;

  if (name === 'AbortError')
    return failure('cancelled', 'The test was stopped before AWS answered.');
  if (name === 'TimeoutError') return failure('timeout', `${target} did not answer in time.`);
  if (status === undefined) {
    return (
      networkFailure(findErrorCode(error), target) ??
      failure('provider_error', withDetail(`The request to ${target} failed.`, detail))
    );
  }
  switch (name) {
    case 'InvalidClientTokenId':
      return failure(
        'invalid_credentials',
        `AWS does not recognise this access key ID: it may have been deleted or deactivated, or (for an opt-in region such as ${region}) the region is not enabled for the account.`,
      );
    case 'SignatureDoesNotMatch':
      if (/signature expired/i.test(detail ?? '')) {
        return failure(
          'expired',
          "AWS refused the request because this computer's clock is more than 15 minutes off. Correct the system time and test again.",
        );
      }
      return failure(
        'invalid_credentials',
        'The secret access key does not match this access key ID.',
      );
    case 'ExpiredToken':
    case 'ExpiredTokenException':
      return failure(
        'expired',
        'The session token has expired. Temporary credentials last hours at most: get new ones and rotate them here.',
      );
    case 'IncompleteSignature':
    case 'MissingAuthenticationToken':
      return failure(
        'invalid_format',
        withDetail('AWS could not read the request signature.', detail),
      );
    case 'AccessDenied':
    case 'AccessDeniedException':
      return failure('permission_denied', withDetail('AWS denied the request.', detail));
    case 'RegionDisabledException':
      return failure(
        'permission_denied',
        `STS is not activated in ${region} for this account. Activate the region or choose another one.`,
      );
    default:
      break;
  }
  if (THROTTLING.has(name) || status === 429) {
    return failure('rate_limited', 'AWS is throttling requests from this key. Try again shortly.');
  }
  if (status >= 500) {
    return failure(
      'provider_error',
      withDetail(`AWS STS had a server error (HTTP ${status}). Try again later.`, detail),
    );
  }
  return failure(
    'provider_error',
    withDetail(`AWS refused the request (${name || `HTTP ${status}`}).`, detail),
  );
}
