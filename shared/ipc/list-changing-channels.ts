import type { IpcChannelName } from './contract.ts';

/**
 * The channels after which main's IntegrationsService reloads the list once and pushes
 * `integrations:changed` (when the call succeeded; a refused write changes nothing). The
 * renderer's stand-ins for main (the fake main of unit tests, the dev mock) follow this list so
 * the renderer, which invalidates nothing itself after a write, sees the same events as with
 * the real main.
 */
export const LIST_CHANGING_CHANNELS: ReadonlySet<IpcChannelName> = new Set<IpcChannelName>([
  'integrations:create',
  'integrations:update',
  'integrations:rotate',
  'integrations:set-enabled',
  'integrations:delete',
  'integrations:test',
  'integrations:test-all',
]);
