import type { ConnectionTestResult } from '../../../shared/connection-test.ts';

/* DEVELOPMENT ONLY: the connection test results the mock main process reports. */

/** An accepted key (with the identity a provider names) or a key OpenAI rejected. */
export function mockTestResult(
  ok: boolean,
  identity: ConnectionTestResult['identity'] = null,
): ConnectionTestResult {
  return ok
    ? {
        ok,
        latencyMs: 180 + Math.round(Math.random() * 300),
        identity,
        errorKind: null,
        reason: 'accepted',
        params: {},
      }
    : {
        ok,
        latencyMs: 240,
        identity: null,
        errorKind: 'invalid_credentials',
        reason: 'key_rejected',
        params: { host: 'api.openai.com', httpStatus: 401 },
      };
}
