import { ApiError } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { CrossOriginRedirectError } from '../../origin-bound-fetch.ts';
import { googleErrorTokens, mapGeminiError } from './errors.ts';

/* The branches the Gemini stand-in does not reach (test/providers/gemini.test.ts covers the rest). */

const HOST = 'generativelanguage.googleapis.com';

function apiError(status: number, body: unknown): ApiError {
  return new ApiError({ status, message: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('mapGeminiError', () => {
  it.each([
    [
      400,
      {
        error: {
          status: 'INVALID_ARGUMENT',
          details: [{ '@type': 'x/google.rpc.ErrorInfo', reason: 'API_KEY_EXPIRED' }],
        },
      },
      'key_rejected',
    ],
    [
      400,
      { error: { code: 400, message: 'API key not valid.', status: 'INVALID_ARGUMENT' } },
      'key_rejected',
    ],
    [
      403,
      {
        error: {
          status: 'PERMISSION_DENIED',
          details: [{ '@type': 'x/google.rpc.ErrorInfo', reason: 'API_KEY_SERVICE_BLOCKED' }],
        },
      },
      'key_restricted',
    ],
    [403, { error: { status: 'PERMISSION_DENIED' } }, 'permission_denied'],
    [404, { error: { status: 'NOT_FOUND' } }, 'endpoint_not_found'],
    [503, 'Service Unavailable', 'provider_server_error'],
    [
      429,
      {
        error: {
          status: 'RESOURCE_EXHAUSTED',
          details: [{ '@type': 'x/google.rpc.RetryInfo', retryDelay: 'soon' }],
        },
      },
      'rate_limited',
    ],
  ] as const)('HTTP %d %j → %s', (status, body, reason) => {
    const outcome = mapGeminiError(apiError(status, body), HOST);
    expect(outcome.reason).toBe(reason);
    expect(outcome.params).toMatchObject({ host: HOST, httpStatus: status });
    expect(outcome.params.retryAfterSeconds).toBeUndefined();
  });

  it('reads a fractional RetryInfo delay, rounded up', () => {
    const body = {
      error: {
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '47.43s' }],
      },
    };
    expect(googleErrorTokens(JSON.stringify(body)).retryDelaySeconds).toBe(48);
  });

  it('names transport failures, and an answer it cannot read', () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    expect(mapGeminiError(refused, HOST).reason).toBe('connection_refused');
    expect(mapGeminiError(new CrossOriginRedirectError(), HOST).reason).toBe(
      'redirected_elsewhere',
    );
    expect(mapGeminiError(new DOMException('x', 'AbortError'), HOST).reason).toBe('cancelled');
    expect(mapGeminiError(new SyntaxError('Unexpected token <'), HOST).reason).toBe(
      'unexpected_answer',
    );
  });
});
