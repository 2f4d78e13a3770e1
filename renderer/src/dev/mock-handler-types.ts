import type { z } from 'zod';
import type {
  IpcChannelName,
  IpcChannels,
  IpcEventName,
  IpcResponse,
} from '../../../shared/ipc/contract.ts';

/* DEVELOPMENT ONLY: the shapes the mock main process's handler files share (see mock-bridge.ts). */

type Parsed<C extends IpcChannelName> = z.output<IpcChannels[C]['request']>;

/** One handler a channel, taking the request as the contract parsed it, like main's. */
export type MockHandlers = {
  [C in IpcChannelName]: (input: Parsed<C>) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** The handlers of the channels whose names start with `prefix` (`session:`, `app:`…). */
export type MockHandlersOf<Prefix extends string> = Pick<
  MockHandlers,
  Extract<IpcChannelName, `${Prefix}${string}`>
>;

export type MockEmit = (event: IpcEventName, payload: unknown) => void;
