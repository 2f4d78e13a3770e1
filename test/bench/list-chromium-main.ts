/**
 * The main process as the Chromium list benchmark needs it: signed in, the settings channels, and
 * `integrations:list` answering 1,000 non-secret rows (names, providers, statuses, hints — what
 * main hands the page). Requests and replies are checked against the IPC contract's zod schemas,
 * as the real registration helper does; a channel it does not know answers `server_error`, which
 * the page handles as it would a failing main (the benchmark prints which ones were asked).
 */
import type { IpcChannelName } from '../../shared/ipc/contract.ts';
import { ipcChannels } from '../../shared/ipc/contract.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import type { Integration } from '../../shared/integration.ts';
import { AppError } from '../../shared/errors.ts';
import { INTEGRATION_STATUSES, PROVIDER_TYPES } from '../../shared/providers.ts';
import type { FakeHandlers } from '../../renderer/src/test-support/fake-main.ts';
import {
  listOf,
  makeIntegration,
  settingsHandlers,
  settingsOf,
  signedIn,
} from '../../renderer/src/test-support/fake-main.ts';

const WORDS = ['Production', 'Staging', 'Billing', 'Analytics', 'Backup', 'Research', 'Legacy'];

/** The same 1,000 rows as the happy-dom measurement (list-search.measure.tsx). */
export function benchIntegrations(count: number): Integration[] {
  return Array.from({ length: count }, (_, index) =>
    makeIntegration({
      name: `${WORDS[index % WORDS.length]} ${String(index).padStart(4, '0')}`,
      type: PROVIDER_TYPES[index % PROVIDER_TYPES.length],
      status: INTEGRATION_STATUSES[index % INTEGRATION_STATUSES.length],
      credentialHint: `sk-…${String(index).padStart(4, '0')}`,
      errorCode: index % 5 === 3 ? 'key_rejected' : null,
    }),
  );
}

export interface BenchMain {
  invoke(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  /** Channels the page asked for that this stand-in does not answer. */
  unanswered: Set<string>;
}

export function benchMain(integrations: Integration[]): BenchMain {
  const handlers: FakeHandlers = {
    ...settingsHandlers(settingsOf()),
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf(integrations),
    // Up to date, so the page shows no "prepare the project" banner.
    'project:schema-status': () => ({
      status: 'current',
      databaseVersion: '20260101000000',
      appVersion: '20260101000000',
    }),
  };
  const unanswered = new Set<string>();
  return {
    unanswered,
    async invoke(channel, request) {
      const contract = ipcChannels[channel as IpcChannelName];
      const handler = handlers[channel as IpcChannelName] as
        ((request: unknown) => unknown) | undefined;
      if (!contract || !handler) {
        unanswered.add(channel);
        return {
          ok: false,
          error: new AppError('server_error', `No bench handler for ${channel}`).toPayload(),
        };
      }
      await contract.request.parseAsync(request);
      return { ok: true, data: contract.response.parse(await handler(request)) };
    },
  };
}
