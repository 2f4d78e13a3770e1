import { findErrorCode, networkFailure } from '../network-errors.ts';
import { isCrossOriginRedirect } from '../origin-bound-fetch.ts';
import type { TesterOutcome } from '../tester-types.ts';
import { failure } from '../tester-types.ts';

/*
 * The failures every SDK reports before any answer arrives: the user's cancel (or the runner's
 * deadline, which the runner names itself), the SDK's own timeout, a redirect to another origin
 * (refused by the runner's fetch) and the network. The SDKs name them differently; the outcome is
 * the same for all of them.
 */

/** Whether an error is of one kind (an SDK class, an error name). */
export type ErrorTest = (error: unknown) => boolean;

/** An ErrorTest for an SDK's error class. */
export const instanceOf =
  (errorClass: abstract new (...args: never[]) => unknown): ErrorTest =>
  (error) =>
    error instanceof errorClass;

/** An ErrorTest for a DOMException-style name (`AbortError`, `TimeoutError`). */
export const named =
  (name: string): ErrorTest =>
  (error) =>
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

export interface TransportErrorKinds {
  aborted: ErrorTest;
  timedOut: ErrorTest;
  /** No answer: the request did not get through (or was redirected elsewhere). */
  unanswered: ErrorTest;
}

/** A refused cross-origin redirect, or the network failure in the error's cause chain. */
export function connectionFailure(error: unknown, host: string): TesterOutcome {
  if (isCrossOriginRedirect(error)) {
    return failure('redirected', 'redirected_elsewhere', { params: { host } });
  }
  return (
    networkFailure(findErrorCode(error), host) ??
    failure('network', 'network_failed', { params: { host } })
  );
}

/** The outcome of a transport failure, or `undefined` when the provider answered. */
export function mapSdkTransportError(
  error: unknown,
  host: string,
  kinds: TransportErrorKinds,
): TesterOutcome | undefined {
  if (kinds.aborted(error)) return failure('cancelled', 'cancelled');
  if (kinds.timedOut(error)) return failure('timeout', 'timeout', { params: { host } });
  if (kinds.unanswered(error)) return connectionFailure(error, host);
  return undefined;
}
