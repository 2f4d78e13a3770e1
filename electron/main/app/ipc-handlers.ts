import type { IpcHandlers } from '../ipc/register-handlers.ts';
import { allowedExternalUrl } from '../window/external-links.ts';
import type { AppServices } from './app-services.ts';
import { schemaStatusOf } from './project-setup-service.ts';
import type { ProjectChange } from './project-change.ts';
import { changeForClear, changeForSet, requireYes } from './project-change.ts';

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
  const ask = (change: ProjectChange) => app.confirmProjectChange(change);
  let projectChanges: Promise<unknown> = Promise.resolve();
  const oneProjectChangeAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const next = projectChanges.then(change);
    projectChanges = next.catch(() => undefined);
    return next;
  };

  return {
    'session:get-state': async () => (await project()).session.getState(),
    'session:sign-up': async (input) => (await project()).session.signUp(input),
    'session:sign-in': async (input) => (await project()).session.signIn(input),
    'session:sign-out': async () => (await project()).signOut(),
    'session:sign-out-everywhere': async () => (await project()).signOutEverywhere(),
    'session:reconnect': async () => (await project()).offline.reconnectNow(),
    'session:verify-second-factor': async (input) => (await project()).secondFactor.verify(input),
    'session:second-factors': async () => (await project()).secondFactor.list(),
    'session:second-factor-enroll': async (input) => (await project()).secondFactor.enroll(input),
    'session:second-factor-confirm': async (input) => (await project()).secondFactor.confirm(input),
    'session:second-factor-remove': async (input) => (await project()).secondFactor.remove(input),
    'session:resend-confirmation': async (input) =>
      (await project()).session.resendConfirmation(input),
    'session:request-password-reset': async (input) =>
      (await project()).session.requestPasswordReset(input),
    'session:set-new-password': async (input) => (await project()).session.setNewPassword(input),
    'session:change-password': async (input) => (await project()).session.changePassword(input),
    'session:leave-flow': async () => (await project()).session.leaveFlow(),
    'session:oauth-providers': async () => (await project()).oauthProviders.list(),
    'session:oauth-start': async (input) => (await project()).oauth.start(input),
    'session:oauth-cancel': async () => (await project()).oauth.cancel(),

    // With no project there is no session, so nothing is locked.
    'lock:get-state': async () => {
      await app.settled();
      return app.lockState();
    },
    'lock:lock': async () => (await project()).lock.lock('manual'),
    'lock:unlock': async (input) => (await project()).lock.unlock(input),

    'integrations:list': async () => (await project()).integrations.list(),
    'integrations:get': async ({ id }) => (await project()).integrations.get(id),
    'integrations:create': async (input) => (await project()).integrations.create(input),
    'integrations:update': async (input) => (await project()).integrations.update(input),
    'integrations:rotate': async (input) => (await project()).integrations.rotate(input),
    'integrations:set-enabled': async ({ id, enabled }) =>
      (await project()).integrations.setEnabled(id, enabled),
    'integrations:delete': async ({ id }) => (await project()).integrations.delete(id),
    'integrations:test': async ({ id }) => (await project()).integrations.test(id),
    'integrations:test-all': async () => (await project()).integrations.testAll(),
    'integrations:cancel-test': async ({ id }) => (await project()).integrations.cancelTest(id),
    'integrations:stop-test-all': async () => (await project()).integrations.stopTestAll(),
    'activity:list': async (input) => (await project()).activity.list(input),
    'activity:daily': async (input) => (await project()).activity.daily(input),
    'activity:export': async (input) => (await project()).activity.export(input),

    'settings:get': () => app.settings.resolve(),
    // Every change of project needs main's own confirmation (project-change.ts), asked one at a
    // time so a second request cannot slip in between a check and its save. Answer once the
    // services follow the new project, so the next call already reaches it.
    'settings:set-connection': (input) =>
      oneProjectChangeAtATime(async () => {
        await requireYes(ask, await changeForSet(app.settings, input.supabaseUrl));
        const settings = await app.settings.setConnection(input);
        await app.settled();
        return settings;
      }),
    'settings:clear-connection': () =>
      oneProjectChangeAtATime(async () => {
        await requireYes(ask, await changeForClear(app.settings));
        const settings = await app.settings.clearConnection();
        await app.settled();
        return settings;
      }),
    'settings:set-preferences': (input) => app.settings.setPreferences(input),
    'settings:set-appearance': async (input) => {
      const { language, theme } = (await app.settings.setPreferences(input)).preferences;
      return { language, theme };
    },

    'project:prepare': (input) => app.projectSetup.prepare(input),
    'project:schema-status': async () => schemaStatusOf((await project()).session.client),

    'app:open-external': async ({ url }) => {
      const allowed = allowedExternalUrl(url);
      if (allowed === null) return { opened: false };
      await app.openExternal(allowed);
      return { opened: true };
    },
    'app:info': () => Promise.resolve(app.appInfo()),
    // The folder is main's own (app.getPath('logs')); the request carries nothing to choose it.
    'app:open-logs': async () => ({ opened: await app.openLogsFolder() }),
  };
}
