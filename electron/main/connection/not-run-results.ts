import type {
  ConnectionTestReason,
  ConnectionTestResult,
} from '../../../shared/connection-test.ts';
import { isAppError } from '../../../shared/errors.ts';

/*
 * Results of tests that did not reach the provider, or were stopped on the way: built here, in one
 * shape, so the renderer words each one from its reason like any provider's answer.
 */

/** A result for a test that did not reach the provider. */
export function notRun(reason: ConnectionTestReason, elapsedMs: number): ConnectionTestResult {
  return {
    ok: false,
    latencyMs: Math.round(elapsedMs),
    identity: null,
    errorKind: null,
    reason,
    params: {},
  };
}

/** A test stopped by the user's cancel or by the deadline. */
export function stopped(
  errorKind: 'cancelled' | 'timeout',
  reason: 'cancelled' | 'deadline_exceeded',
  elapsedMs: number,
  params: ConnectionTestResult['params'] = {},
): ConnectionTestResult {
  return { ...notRun(reason, elapsedMs), errorKind, params };
}

/**
 * A result for an integration that could not be tested for an app-side reason (offline, signed
 * out, gone): the app error's own code says which, where the caller has it.
 */
export function notTested(error: unknown): ConnectionTestResult {
  return {
    ...notRun('not_tested', 0),
    params: isAppError(error) ? { appError: error.code } : {},
  };
}

/** What a log line may say about a swallowed failure: its app code, never its text. */
export function codeOf(error: unknown): string {
  return isAppError(error) ? error.code : 'unexpected';
}
