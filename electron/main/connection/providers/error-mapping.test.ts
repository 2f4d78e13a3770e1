import { STSServiceException } from '@aws-sdk/client-sts';
import { AuthenticationRequiredError } from '@azure/identity';
import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { mapAwsError } from './aws/errors.ts';
import { mapAzureError } from './azure/errors.ts';
import { mapGoogleError } from './google_cloud/errors.ts';
import { mapOpenAiError } from './openai/errors.ts';

/*
 * The mapping branches the provider stand-ins do not reach (test/providers covers the others end to
 * end through the real SDKs). Errors are built with the SDKs' own classes where they export them,
 * and in the shape the SDK throws otherwise (MSAL's ServerError as a cause, a GaxiosError).
 */

const HOST = 'sts.eu-west-1.amazonaws.com';

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
    expect(mapAwsError(stsError(name, status), 'eu-west-1', HOST).errorKind).toBe(kind);
  });

  it('names the region when STS is not activated there, and never passes AWS text on', () => {
    const outcome = mapAwsError(
      stsError('RegionDisabledException', 403, 'STS is not activated in this region'),
      'ap-east-1',
      'sts.ap-east-1.amazonaws.com',
    );
    expect(outcome).toMatchObject({
      reason: 'region_disabled',
      params: { region: 'ap-east-1', host: 'sts.ap-east-1.amazonaws.com', httpStatus: 403 },
      providerCode: 'RegionDisabledException',
    });
    expect(JSON.stringify(outcome)).not.toContain('not activated');
  });

  it('treats an error without an HTTP status and a DNS code as network', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND sts.eu-west-1.amazonaws.com'), {
      code: 'ENOTFOUND',
    });
    expect(mapAwsError(error, 'eu-west-1', HOST)).toMatchObject({
      errorKind: 'network',
      reason: 'host_not_found',
      params: { host: HOST, networkCode: 'ENOTFOUND' },
    });
  });
});

function aadFailure(errorNo: string, status: number, description: string) {
  return new AuthenticationRequiredError({
    scopes: ['https://management.azure.com/.default'],
    message: description,
    cause: { errorCode: 'invalid_request', errorNo, status, errorMessage: description },
  });
}

const AZURE_HOST = 'login.microsoftonline.com';

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
    expect(mapAzureError(error, {}, AZURE_HOST).errorKind).toBe(kind);
  });

  it('keeps the AADSTS number of an unknown code as a parameter, never the description', () => {
    const error = aadFailure(
      '99999',
      400,
      'AADSTS99999: A new problem with tenant-id-echoed. Trace ID: 123 Correlation ID: 456',
    );
    const outcome = mapAzureError(error, {}, AZURE_HOST);
    expect(outcome).toMatchObject({
      reason: 'provider_refused',
      params: { aadsts: 99999, httpStatus: 400, host: AZURE_HOST },
      providerCode: 'AADSTS99999',
    });
    expect(JSON.stringify(outcome)).not.toMatch(/A new problem|tenant-id-echoed/);
  });

  it('never carries a description that echoes a secret', () => {
    const error = aadFailure('7000215', 401, 'AADSTS7000215: echoed SECRETVALUE here.');
    const outcome = mapAzureError(error, {}, AZURE_HOST);
    expect(outcome.reason).toBe('client_secret_wrong');
    expect(JSON.stringify(outcome)).not.toContain('SECRETVALUE');
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
    expect(mapGoogleError(gaxiosLike(status, data)).errorKind).toBe(kind);
  });

  it('reports a gaxios timeout as timeout', () => {
    const error = Object.assign(new Error('The operation was aborted due to timeout'), {
      code: 'TimeoutError',
    });
    expect(mapGoogleError(error)).toMatchObject({ errorKind: 'timeout', reason: 'timeout' });
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
    expect(mapOpenAiError(error, 'api.openai.com').errorKind).toBe(kind);
  });

  it('maps a connection reset to network', () => {
    const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const error = new APIConnectionError({
      cause: Object.assign(new TypeError('fetch failed'), { cause }),
    });
    expect(mapOpenAiError(error, 'api.openai.com')).toMatchObject({
      errorKind: 'network',
      reason: 'connection_closed',
      params: { host: 'api.openai.com', networkCode: 'UND_ERR_SOCKET' },
    });
  });

  it('does not understand a non-OpenAI error, and says so without echoing it', () => {
    const outcome = mapOpenAiError(new Error('sk-secret in a stack'), 'api.openai.com');
    expect(outcome).toMatchObject({ errorKind: 'provider_error', reason: 'unexpected_answer' });
    expect(JSON.stringify(outcome)).not.toContain('sk-secret');
  });
});

describe('mapOpenAiError on a message that quotes the request', () => {
  it('keeps the code and the request id, and drops the text', () => {
    const error = APIError.generate(
      401,
      {
        error: {
          message:
            'No such organization: org-PROBE1234. Incorrect API key provided: sk-abc****wxyz.',
          type: 'invalid_request_error',
          code: 'invalid_organization',
        },
      },
      'm',
      new Headers({ 'x-request-id': 'req_123abc' }),
    );
    const outcome = mapOpenAiError(error, 'api.openai.com');
    expect(outcome).toMatchObject({
      reason: 'organization_mismatch',
      providerCode: 'invalid_organization',
      requestId: 'req_123abc',
      params: { httpStatus: 401 },
    });
    expect(JSON.stringify(outcome)).not.toMatch(/PROBE1234|sk-abc|No such organization/);
  });

  it('reads the wait from Retry-After on a 429', () => {
    const error = APIError.generate(
      429,
      { error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded' } },
      'm',
      new Headers({ 'retry-after': '20' }),
    );
    expect(mapOpenAiError(error, 'api.openai.com')).toMatchObject({
      reason: 'rate_limited',
      params: { retryAfterSeconds: 20 },
    });
  });
});
