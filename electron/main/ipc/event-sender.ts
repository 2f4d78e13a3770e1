import type { IpcEventName } from '../../../shared/ipc/contract.ts';
import { ipcEvents } from '../../../shared/ipc/contract.ts';
import type { EmitEvent } from './emit-event.ts';

/**
 * Checks each event against its contract schema before it leaves main (strict schemas: an extra
 * field is dropped with the event rather than delivered), then hands it to `deliver`:
 * `webContents.send` in the app, a page call in the end-to-end harness.
 */
export function createEventSender(
  deliver: (event: IpcEventName, payload: unknown) => void,
  logError: (message: string, error: unknown) => void,
): EmitEvent {
  return (event, payload) => {
    const checked = ipcEvents[event].payload.safeParse(payload);
    if (!checked.success) {
      logError(
        `Event ${event} did not match its schema`,
        checked.error.issues.map((issue) => issue.path.join('.')),
      );
      return;
    }
    deliver(event, checked.data);
  };
}
