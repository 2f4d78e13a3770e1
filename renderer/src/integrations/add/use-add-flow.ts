import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import type {
  CreateIntegrationInput,
  Integration,
  RotateCredentialsInput,
} from '../../../../shared/integration.ts';
import { useBridgeFailure } from '../../app/bridge-failure.ts';
import type { AppErrorPayload } from '../../bridge/app-error.ts';
import { useBridge } from '../../bridge/bridge-context.tsx';
import { queryKeys } from '../../bridge/query-keys.ts';
import { cancelWhileRunning } from './cancel-while-running.ts';

/** The integration this dialog created: what later steps (retry, keep, discard) act on. */
export type Created = Pick<Integration, 'id' | 'name' | 'type'>;

/** How the dialog ended: only `verified` and `kept` read as "Saved". */
export type Finish = 'verified' | 'kept' | 'unverified' | 'cancelled';

export type AddPhase =
  /** `error`: why the last create was refused (the form puts it under its field). */
  | { kind: 'editing'; error: AppErrorPayload | null }
  | { kind: 'saving' }
  | { kind: 'testing'; created: Created; cancelling: boolean }
  | {
      kind: 'failed';
      created: Created;
      test: ConnectionTestResult | null;
      error: AppErrorPayload | null;
      /** A retry was cancelled: the stored key is still the one that failed before. */
      retryCancelled: boolean;
    }
  | { kind: 'discarding'; created: Created }
  | { kind: 'finished'; finish: Finish; name: string; test: ConnectionTestResult | null };

export type FailedPhase = Extract<AddPhase, { kind: 'failed' }>;

const EDITING: AddPhase = { kind: 'editing', error: null };

/**
 * "Save and verify" that never leaves a broken key behind by accident. The first attempt creates
 * the integration without a test, then tests it through `integrations:test` so it can be cancelled
 * by id (Cancel, ×, Escape). A failed test keeps the dialog open: "fix and retry" rotates the SAME
 * integration (saveAnyway, so the stored key is always the last one typed; no second entry),
 * "keep anyway" closes as saved (status Error), "discard" deletes it. Requests carrying credentials
 * are sent directly, never through React Query, whose cache would keep them.
 */
export function useAddFlow() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const failedCall = useBridgeFailure();
  const [phase, setPhase] = useState<AddPhase>(EDITING);
  /** Cancel pressed while the create request was still out: skip the test once it is stored. */
  const cancelAsked = useRef(false);
  const running = useRef<Promise<unknown> | null>(null);

  /** Runs a test of `created` (a first test or a rotation) and moves to its outcome. */
  const runTest = async (
    created: Created,
    work: () => Promise<ConnectionTestResult>,
    previous: FailedPhase | null,
  ): Promise<AddPhase> => {
    const settle = (next: AddPhase) => (setPhase(next), next);
    setPhase({ kind: 'testing', created, cancelling: false });
    const promise = work();
    running.current = promise;
    try {
      const test = await promise;
      queryClient.setQueryData(queryKeys.testResult(created.id), test);
      if (test.ok)
        return settle({ kind: 'finished', finish: 'verified', name: created.name, test });
      if (test.errorKind !== 'cancelled') {
        return settle({ kind: 'failed', created, test, error: null, retryCancelled: false });
      }
      if (previous) return settle({ ...previous, error: null, retryCancelled: true });
      return settle({ kind: 'finished', finish: 'cancelled', name: created.name, test: null });
    } catch (caught) {
      const error = failedCall(caught);
      const test = previous?.test ?? null;
      return settle({ kind: 'failed', created, test, error, retryCancelled: false });
    } finally {
      running.current = null;
    }
  };

  /** "Save" (no test) or the first "Save and verify". */
  const create = async (input: CreateIntegrationInput): Promise<AddPhase> => {
    cancelAsked.current = false;
    setPhase({ kind: 'saving' });
    let created: Created;
    try {
      const reply = await bridge.integrations.create({ ...input, verify: false });
      created = reply.integration;
    } catch (caught) {
      const editing: AddPhase = { kind: 'editing', error: failedCall(caught) };
      setPhase(editing);
      return editing;
    }
    if (input.verify === false || cancelAsked.current) {
      const finish = input.verify === false ? 'unverified' : 'cancelled';
      const finished: AddPhase = { kind: 'finished', finish, name: created.name, test: null };
      setPhase(finished);
      return finished;
    }
    return runTest(created, () => bridge.integrations.test({ id: created.id }), null);
  };

  /** "Fix and retry": the new key replaces the stored one whatever its test says. */
  const retry = async (
    failed: FailedPhase,
    name: string,
    input: { type: Created['type']; credentials: unknown; config: unknown },
  ): Promise<AddPhase> => {
    let created = failed.created;
    if (name !== created.name) {
      try {
        created = {
          ...created,
          name: (await bridge.integrations.update({ id: created.id, name })).name,
        };
      } catch (caught) {
        const next: AddPhase = { ...failed, error: failedCall(caught), retryCancelled: false };
        setPhase(next);
        return next;
      }
    }
    // The add form holds the provider's full config, which the rotation stores with the key.
    const request = { ...input, id: created.id, saveAnyway: true } as RotateCredentialsInput;
    return runTest(created, async () => (await bridge.integrations.rotate(request)).test, {
      ...failed,
      created,
    });
  };

  /** Cancel, × or Escape while the test runs (or while the integration is still being stored). */
  const cancel = () => {
    if (phase.kind === 'saving') cancelAsked.current = true;
    if (phase.kind !== 'testing' || phase.cancelling) return;
    setPhase({ ...phase, cancelling: true });
    const { id } = phase.created;
    void cancelWhileRunning(
      () => bridge.integrations.cancelTest({ id }),
      () => running.current !== null,
    );
  };

  const keep = (failed: FailedPhase) =>
    setPhase({ kind: 'finished', finish: 'kept', name: failed.created.name, test: failed.test });

  /** "Discard": deletes what this dialog created. Resolves true when it is gone. */
  const discard = async (failed: FailedPhase): Promise<boolean> => {
    setPhase({ kind: 'discarding', created: failed.created });
    try {
      await bridge.integrations.delete({ id: failed.created.id });
      queryClient.removeQueries({ queryKey: queryKeys.testResult(failed.created.id) });
      setPhase(EDITING);
      return true;
    } catch (caught) {
      setPhase({ ...failed, error: failedCall(caught), retryCancelled: false });
      return false;
    }
  };

  const reset = () => setPhase(EDITING);

  return { phase, create, retry, cancel, keep, discard, reset };
}

export type AddFlow = ReturnType<typeof useAddFlow>;
