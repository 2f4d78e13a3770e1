import type { AppErrorPayload } from '../errors.ts';
import { appErrorPayloadSchema } from '../errors.ts';
import type {
  IpcChannelName,
  IpcChannels,
  IpcEventName,
  IpcEventPayload,
  IpcRequest,
  IpcResponse,
} from './contract.ts';
import { ipcChannels, ipcEvents } from './contract.ts';
import type { IpcResult } from './result.ts';

/*
 * Builds `window.aterges` from the contract: one named method per channel
 * (`integrations:test-all` → `aterges.integrations.testAll()`) and `on(event, listener)` for
 * events. It takes the transport as functions, so the real preload (ipcRenderer) and the
 * end-to-end harness (a Playwright binding) run this same code.
 */

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C extends string> = C extends `${string}:${infer A}` ? A : never;

type MethodFor<C extends IpcChannelName> =
  undefined extends IpcRequest<C>
    ? (request?: IpcRequest<C>) => Promise<IpcResponse<C>>
    : (request: IpcRequest<C>) => Promise<IpcResponse<C>>;

export type AtergesBridge = {
  [D in DomainOf<IpcChannelName>]: {
    [C in IpcChannelName as DomainOf<C> extends D ? CamelCase<ActionOf<C>> : never]: MethodFor<C>;
  };
} & {
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
};

export interface BridgeTransport {
  invoke(channel: IpcChannelName, request: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: IpcEventName, listener: (payload: unknown) => void): () => void;
}

export function methodNameOf(channel: string): { domain: string; method: string } {
  const [domain, action] = channel.split(':') as [string, string];
  return { domain, method: action.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) };
}

export function createBridge(transport: BridgeTransport): AtergesBridge {
  const bridge: Record<string, Record<string, unknown>> = {};
  for (const channel of Object.keys(ipcChannels) as IpcChannelName[]) {
    const { domain, method } = methodNameOf(channel);
    bridge[domain] ??= {};
    bridge[domain][method] = async (request?: unknown) => {
      const reply = await transport.invoke(channel, request);
      if (reply.ok) return reply.data;
      // contextBridge copies only an Error's message across worlds, so the payload travels as
      // JSON inside it; `decodeBridgeError` reads it back in the renderer.
      const payload = appErrorPayloadSchema.safeParse(reply.error);
      throw new Error(
        BRIDGE_ERROR_PREFIX +
          JSON.stringify(
            payload.success
              ? payload.data
              : { code: 'server_error', message: 'Unexpected reply from the app.' },
          ),
      );
    };
  }
  const on = (event: IpcEventName, listener: (payload: unknown) => void) => {
    if (!Object.hasOwn(ipcEvents, event)) throw new Error(`Unknown event ${event}`);
    return transport.subscribe(event, listener);
  };
  return Object.freeze({ ...bridge, on }) as unknown as AtergesBridge;
}

const BRIDGE_ERROR_PREFIX = 'aterges-error:';

/** Turns whatever a bridge call threw back into the error payload the UI can act on. */
export function decodeBridgeError(error: unknown): AppErrorPayload {
  const message = error instanceof Error ? error.message : String(error);
  const start = message.indexOf(BRIDGE_ERROR_PREFIX);
  if (start >= 0) {
    try {
      const parsed = appErrorPayloadSchema.safeParse(
        JSON.parse(message.slice(start + BRIDGE_ERROR_PREFIX.length)),
      );
      if (parsed.success) return parsed.data;
    } catch {
      // fall through
    }
  }
  return { code: 'server_error', reason: 'unexpected_failure' };
}

export type { IpcChannels };
