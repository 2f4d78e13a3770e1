import { STSServiceException } from '@aws-sdk/client-sts';
import { AuthenticationRequiredError } from '@azure/identity';
import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { mapAwsError } from './aws-errors.ts';
import { mapAzureError } from './azure-errors.ts';
import { mapGoogleError } from './google-errors.ts';
import { mapOpenAiError } from './openai-errors.ts';

/*
 * The mapping branches the provider stand-ins do not reach (test/providers covers the others end to
 * end through the real SDKs). Errors are built with the SDKs' own classes where they export them,
 * and in the shape the SDK throws otherwise (MSAL's ServerError as a cause, a GaxiosError).
 */

const noScrub = (text: string): string => text;

function stsError(name: string, status: number, message = 'x'): STSServiceException {
  return new STSServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });
}

describe('mapAwsError', () => {
  it.each([
    ['AccessDenied', 403, 'permission_denied'],
    ['RegionDisabledException', 403, 'permission_denied'],
    ['ThrottlingException', 400, 'rate_limited'],
    ['RequestLimitExceeded', 503, 'rate_limited'],
    ['IncompleteSignature', 400, 'invalid_format'],
    ['SomethingNew', 400, 'provider_error'],
    ['InternalFailure', 500, 'provider_error'],
  ] as const)('%s (HTTP %d) → %s', (name, status, kind) => {
    expect(mapAwsError(stsError(name, status), 'eu-west-1', noScrub).errorKind).toBe(kind);
  });

  it('names the region when STS is not activated there', () => {
    const outcome = mapAwsError(stsError('RegionDisabledException', 403), 'ap-east-1', noScrub);
    expect(outcome.message).toContain('ap-east-1');
  });

  it('treats an error without an HTTP status and a DNS code as network', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND sts.eu-west-1.amazonaws.com'), {
      code: 'ENOTFOUND',
    });
    expect(mapAwsError(error, 'eu-west-1', noScrub)).toMatchObject({ errorKind: 'network' });
  });
});

function aadFailure(errorNo: string, status: number, description: string) {
  return new AuthenticationRequiredError({
    scopes: ['https://management.azure.com/.default'],
    message: description,
    cause: { errorCode: 'invalid_request', errorNo, status, errorMessage: description },
  });
}

const target = { host: 'login.microsoftonline.com', tenantId: 'tenant-id', clientId: 'client-id' };

describe('mapAzureError', () => {
  it.each([
    ['53003', 400, 'permission_denied'],
    ['7000112', 401, 'permission_denied'],
    ['900023', 400, 'not_found'],
    ['50196', 400, 'rate_limited'],
    ['99999', 429, 'rate_limited'],
    ['99999', 503, 'provider_error'],
    ['99999', 400, 'provider_error'],
  ] as const)('AADSTS%s (HTTP %d) → %s', (code, status, kind) => {
    const error = aadFailure(code, status, `AADSTS${code}: Something. Trace ID: abc`);
    expect(mapAzureError(error, {}, target, noScrub).errorKind).toBe(kind);
  });

  it('keeps the provider description of an unknown code, without the trace lines', () => {
    const error = aadFailure(
      '99999',
      400,
      'AADSTS99999: A new problem. Trace ID: 123 Correlation ID: 456',
    );
    const outcome = mapAzureError(error, {}, target, noScrub);
    expect(outcome.message).toContain('AADSTS99999: A new problem.');
    expect(outcome.message).not.toContain('Trace ID');
  });

  it('scrubs the provider description', () => {
    const error = aadFailure('99999', 400, 'AADSTS99999: echoed SECRETVALUE here.');
    const outcome = mapAzureError(error, {}, target, (text) =>
      text.replace('SECRETVALUE', '[redacted]'),
    );
    expect(outcome.message).not.toContain('SECRETVALUE');
  });
});

function gaxiosLike(status: number, data: unknown) {
  return Object.assign(new Error('request failed'), { status, response: { status, data } });
}

describe('mapGoogleError', () => {
  it.each([
    [
      400,
      { error: 'invalid_grant', error_description: 'Invalid grant: account disabled' },
      'permission_denied',
    ],
    [
      401,
      { error: 'invalid_client', error_description: 'The OAuth client was not found.' },
      'invalid_credentials',
    ],
    [
      401,
      { error: 'deleted_client', error_description: 'The OAuth client was deleted.' },
      'invalid_credentials',
    ],
    [403, { error: 'access_denied' }, 'permission_denied'],
    [400, { error: 'invalid_scope' }, 'provider_error'],
  ] as const)('HTTP %d %j → %s', (status, data, kind) => {
    expect(mapGoogleError(gaxiosLike(status, data), noScrub).errorKind).toBe(kind);
  });

  it('reports a gaxios timeout as timeout', () => {
    const error = Object.assign(new Error('The operation was aborted due to timeout'), {
      code: 'TimeoutError',
    });
    expect(mapGoogleError(error, noScrub).errorKind).toBe('timeout');
  });
});

describe('mapOpenAiError', () => {
  it.each([
    [404, 'not_found'],
    [400, 'provider_error'],
    [503, 'provider_error'],
  ] as const)('HTTP %d → %s', (status, kind) => {
    const error = APIError.generate(
      status,
      { error: { message: 'm', type: 't', code: null } },
      'm',
      new Headers(),
    );
    expect(mapOpenAiError(error, 'OpenAI (api.openai.com)', noScrub).errorKind).toBe(kind);
  });

  it('maps a connection reset to network', () => {
    const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const error = new APIConnectionError({
      cause: Object.assign(new TypeError('fetch failed'), { cause }),
    });
    expect(mapOpenAiError(error, 'OpenAI (api.openai.com)', noScrub)).toMatchObject({
      errorKind: 'network',
      message: 'The connection to OpenAI (api.openai.com) was closed before it answered.',
    });
  });

  it('does not understand a non-OpenAI error, and says so without echoing it', () => {
    const outcome = mapOpenAiError(new Error('sk-secret in a stack'), 'OpenAI', noScrub);
    expect(outcome.errorKind).toBe('provider_error');
    expect(outcome.message).not.toContain('sk-secret');
  });
});
