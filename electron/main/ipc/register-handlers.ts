import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import type { AppErrorPayload } from '../../../shared/errors.ts';
import type { IpcChannelName, IpcChannels } from '../../../shared/ipc/contract.ts';
import { ipcChannels } from '../../../shared/ipc/contract.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';

/*
 * The only code that touches `ipcMain` (lint enforces it). Every call is checked in this order:
 * the sender is our window's main frame at our origin, the gate (auto-lock) lets it through, the
 * input parses with the channel's zod schema, the service runs, and its answer parses with the
 * response schema (strict objects, so a field that should not be there — a credential, say —
 * fails closed instead of leaking).
 * https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */

/** The part of Electron's `IpcMainInvokeEvent` this module reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of Electron's `ipcMain` this module uses. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, request: unknown) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export type IpcHandlers = {
  [C in IpcChannelName]: (
    request: z.output<IpcChannels[C]['request']>,
  ) => Promise<z.input<IpcChannels[C]['response']>>;
};

export interface RegisterOptions {
  /** True when the event comes from our window's main frame at our own origin. */
  isTrustedSender(event: InvokeEventLike): boolean;
  /** Where unexpected failures are reported (already redacting). */
  logError(message: string, error: unknown): void;
  /**
   * Refuses a channel before its input is read (auto-lock, see lock-gate.ts): the refusal, or
   * null to let the call through.
   */
  gate?: (channel: IpcChannelName) => AppErrorPayload | null;
}

/** Calls one channel the way `ipcMain.handle` would; exported for the end-to-end harness. */
export type IpcDispatch = (
  channel: string,
  event: InvokeEventLike,
  request: unknown,
) => Promise<IpcResult<unknown>>;

export function createIpcDispatch(handlers: IpcHandlers, options: RegisterOptions): IpcDispatch {
  return async (channel, event, request) => {
    if (!Object.hasOwn(ipcChannels, channel)) {
      return failure({ code: 'invalid_input', reason: 'unknown_request' });
    }
    const name = channel as IpcChannelName;
    if (!options.isTrustedSender(event)) {
      options.logError(`Refused ${name} from an untrusted frame`, null);
      return failure({ code: 'not_authenticated', reason: 'request_refused' });
    }
    const refusal = options.gate?.(name) ?? null;
    if (refusal !== null) return failure(refusal);
    const definition = ipcChannels[name];
    const parsed = await definition.request.safeParseAsync(request);
    if (!parsed.success) return failure(invalidInput(parsed.error));
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const output: unknown = await handler(parsed.data);
      const checked = await definition.response.safeParseAsync(output);
      if (!checked.success) {
        options.logError(
          `Response of ${name} did not match its schema`,
          checked.error.issues.map((i) => i.path.join('.')),
        );
        return failure({ code: 'server_error', reason: 'unexpected_answer' });
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toPayload());
      options.logError(`Unexpected failure in ${name}`, error);
      return failure({ code: 'server_error', reason: 'unexpected_failure' });
    }
  };
}

/** Registers every channel of the contract on `ipcMain`; returns a function that unregisters them. */
export function registerIpcHandlers(
  ipc: IpcMainLike,
  handlers: IpcHandlers,
  options: RegisterOptions,
): () => void {
  const dispatch = createIpcDispatch(handlers, options);
  const channels = Object.keys(ipcChannels) as IpcChannelName[];
  for (const channel of channels) {
    ipc.handle(channel, (event, request) => dispatch(channel, event, request));
  }
  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}

function failure(error: AppErrorPayload): IpcResult<never> {
  return { ok: false, error };
}

/** Names the first offending field; the reason is the schema's validation key (never input). */
function invalidInput(error: z.ZodError): AppErrorPayload {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const reason = issue?.message ?? 'value_invalid';
  return field === undefined
    ? { code: 'invalid_input', reason }
    : { code: 'invalid_input', reason, field };
}
