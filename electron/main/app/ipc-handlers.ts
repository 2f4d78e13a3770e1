import type { IpcHandlers } from '../ipc/register-handlers.ts';
import { isAllowedExternalUrl } from '../window/external-links.ts';
import type { AppServices } from './app-services.ts';

/**
 * Maps every contract channel to a service call. Inputs arrive already parsed by the
 * registration helper; answers are checked against the response schemas on the way out.
 */
export function createIpcHandlers(app: AppServices): IpcHandlers {
  const project = () => app.connected();
  /** After a write, reload the list so the cache and every window see it. */
  const refreshList = () => {
    void project()
      .offline.listIntegrations()
      .catch(() => undefined);
  };
  const afterWrite = <T>(value: T): T => {
    refreshList();
    return value;
  };

  return {
    'session:get-state': () => Promise.resolve(project().session.getState()),
    'session:sign-up': (input) => project().session.signUp(input),
    'session:sign-in': (input) => project().session.signIn(input),
    'session:sign-out': () => project().session.signOut(),
    'session:reconnect': () => project().offline.reconnectNow(),

    'integrations:list': () => project().offline.listIntegrations(),
    'integrations:get': ({ id }) => project().vault.get(id),
    'integrations:create': async (input) =>
      afterWrite(await project().connections.createAndVerify(input)),
    'integrations:update': async (input) => afterWrite(await project().vault.update(input)),
    'integrations:rotate': async (input) => afterWrite(await project().connections.rotate(input)),
    'integrations:set-enabled': async ({ id, enabled }) =>
      afterWrite(await project().vault.setEnabled(id, enabled)),
    'integrations:delete': async ({ id }) => {
      await project().vault.delete(id);
      return afterWrite({ id });
    },
    'integrations:test': async ({ id }) => afterWrite(await project().connections.test(id)),
    'integrations:test-all': async () => afterWrite(await project().connections.testAll()),
    'integrations:cancel-test': ({ id }) =>
      Promise.resolve({ cancelled: project().connections.cancel(id) }),
    'integrations:events': ({ id }) => project().vault.listEvents(id),

    'settings:get': () => app.settings.resolve(),
    'settings:set-connection': (input) => app.settings.setConnection(input),
    'settings:clear-connection': () => app.settings.clearConnection(),
    'settings:set-preferences': (input) => app.settings.setPreferences(input),

    'app:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await app.openExternal(url);
      return { opened: true };
    },
  };
}
