import type { IpcEventName, IpcEventPayload } from '../../../shared/ipc/contract.ts';

/** Sends a contract event to the renderer (checked against its schema by the sender). */
export type EmitEvent = <E extends IpcEventName>(event: E, payload: IpcEventPayload<E>) => void;
