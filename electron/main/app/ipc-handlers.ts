import { supabaseUrlSchema } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import type { IpcHandlers } from '../ipc/register-handlers.ts';
import { allowedExternalUrl } from '../window/external-links.ts';
import type { AppServices } from './app-services.ts';

/**
 * Maps every contract channel to a service call. Inputs arrive already parsed by the
 * registration helper; answers are checked against the response schemas on the way out.
 */
export function createIpcHandlers(app: AppServices): IpcHandlers {
  /** The current project's services, after any project switch in progress has finished. */
  const project = async () => {
    await app.settled();
    return app.connected();
  };
  /** After a write, reload the list so the cache and every window see it. */
  const refreshList = () => {
    void project()
      .then((services) => services.offline.listIntegrations())
      .catch(() => undefined);
  };
  const afterWrite = <T>(value: T): T => {
    refreshList();
    return value;
  };

  return {
    'session:get-state': async () => (await project()).session.getState(),
    'session:sign-up': async (input) => (await project()).session.signUp(input),
    'session:sign-in': async (input) => (await project()).session.signIn(input),
    'session:sign-out': async () => (await project()).signOut(),
    'session:reconnect': async () => (await project()).offline.reconnectNow(),

    'integrations:list': async () => (await project()).offline.listIntegrations(),
    'integrations:get': async ({ id }) => (await project()).vault.get(id),
    'integrations:create': async (input) =>
      afterWrite(await (await project()).connections.createAndVerify(input)),
    'integrations:update': async (input) => afterWrite(await (await project()).vault.update(input)),
    'integrations:rotate': async (input) =>
      afterWrite(await (await project()).connections.rotate(input)),
    'integrations:set-enabled': async ({ id, enabled }) =>
      afterWrite(await (await project()).vault.setEnabled(id, enabled)),
    'integrations:delete': async ({ id }) => {
      await (await project()).vault.delete(id);
      return afterWrite({ id });
    },
    'integrations:test': async ({ id }) => afterWrite(await (await project()).connections.test(id)),
    'integrations:test-all': async () => afterWrite(await (await project()).connections.testAll()),
    'integrations:cancel-test': async ({ id }) => ({
      cancelled: (await project()).connections.cancel(id),
    }),
    'integrations:events': async ({ id }) => (await project()).vault.listEvents(id),

    'settings:get': () => app.settings.resolve(),
    // Answer once the services follow the new project, so the next call already reaches it.
    'settings:set-connection': async (input) => {
      await confirmProjectChange(app, input.supabaseUrl);
      const settings = await app.settings.setConnection(input);
      await app.settled();
      return settings;
    },
    'settings:clear-connection': async () => {
      const settings = await app.settings.clearConnection();
      await app.settled();
      return settings;
    },
    'settings:set-preferences': (input) => app.settings.setPreferences(input),

    'app:open-external': async ({ url }) => {
      const allowed = allowedExternalUrl(url);
      if (allowed === null) return { opened: false };
      await app.openExternal(allowed);
      return { opened: true };
    },
  };
}

/**
 * A move from one project to another needs the person's yes, asked by main. Invalid input is left
 * to the settings store, which names the field; a first project needs no confirmation.
 */
async function confirmProjectChange(app: AppServices, requestedUrl: string): Promise<void> {
  const current = (await app.settings.resolve()).connection?.supabaseUrl;
  const requested = supabaseUrlSchema.safeParse(requestedUrl);
  if (!current || !requested.success || requested.data === current) return;
  if (!(await app.confirmProjectChange({ from: current, to: requested.data }))) {
    throw new AppError('cancelled', 'The project was not changed.');
  }
}
