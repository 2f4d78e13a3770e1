import { z } from 'zod';
import {
  activityDailyInputSchema,
  activityDailySchema,
  activityExportInputSchema,
  activityExportResultSchema,
  activityPageInputSchema,
  activityPageSchema,
} from '../activity.ts';
import { appInfoSchema } from '../app-info.ts';
import { appearanceSchema, resolvedSettingsSchema, uiPreferencesSchema } from '../app-settings.ts';
import { connectionTestResultSchema } from '../connection-test.ts';
import {
  createIntegrationInputSchema,
  integrationIdSchema,
  integrationSchema,
  rotateCredentialsInputSchema,
  timestampSchema,
  updateIntegrationInputSchema,
} from '../integration.ts';
import { lockStateSchema, unlockInputSchema } from '../lock.ts';
import { oauthProvidersSchema, oauthStartSchema } from '../oauth.ts';
import { integrationStatusSchema } from '../providers.ts';
import {
  prepareProjectInputSchema,
  prepareProjectResultSchema,
  projectSetupProgressSchema,
  schemaStatusSchema,
} from '../project-setup.ts';
import {
  confirmSecondFactorInputSchema,
  enrollSecondFactorInputSchema,
  removeSecondFactorInputSchema,
  secondFactorEnrolmentSchema,
  secondFactorListSchema,
  verifySecondFactorInputSchema,
} from '../second-factor.ts';
import {
  changePasswordSchema,
  credentialsSignInSchema,
  emailOnlySchema,
  newPasswordSchema,
  sessionStateSchema,
  signUpSchema,
} from '../session.ts';
import { defineChannel, defineEvent } from './channel.ts';

/*
 * The whole IPC surface between main and the renderer. Channel names are `domain:action`.
 * Nothing in a response schema may carry a credential: `test/…/contract-secrets.test.ts` walks
 * every response schema to prove it, so a new channel cannot quietly add one.
 */

const noInput = z.undefined();
const byId = z.strictObject({ id: integrationIdSchema });

export const integrationListSchema = z.strictObject({
  integrations: z.array(integrationSchema),
  /** `cache` when offline: the last list seen, with its time. */
  source: z.enum(['server', 'cache']),
  syncedAt: timestampSchema.nullable(),
});

export const testOutcomeSchema = z.strictObject({
  integrationId: integrationIdSchema,
  result: connectionTestResultSchema,
});

export const ipcChannels = {
  /** The session as main sees it (restored from the keychain at start). */
  'session:get-state': defineChannel(noInput, sessionStateSchema),
  'session:sign-up': defineChannel(signUpSchema, sessionStateSchema),
  'session:sign-in': defineChannel(credentialsSignInSchema, sessionStateSchema),
  /** Always ends signed out locally, even when the server cannot be reached. */
  'session:sign-out': defineChannel(noInput, sessionStateSchema),
  /**
   * Signs out here and revokes every other session of the user (auth-js `signOut({ scope:
   * 'global' })`). Unlike `session:sign-out` it fails, still signed in, when the server cannot be
   * reached: other devices were not signed out, and the person must know.
   */
  'session:sign-out-everywhere': defineChannel(noInput, sessionStateSchema),
  /** Ask main to try reaching the server now instead of waiting for the next backoff step. */
  'session:reconnect': defineChannel(noInput, sessionStateSchema),
  /** Proves the second factor after a password sign-in or a restore (state `needed`). */
  'session:verify-second-factor': defineChannel(verifySecondFactorInputSchema, sessionStateSchema),
  'session:second-factors': defineChannel(noInput, secondFactorListSchema),
  /**
   * Starts an enrolment. The only answer that carries a secret to the page: the authenticator's
   * setup key, shown once on the enrolment screen (see shared/second-factor.ts).
   */
  'session:second-factor-enroll': defineChannel(
    enrollSecondFactorInputSchema,
    secondFactorEnrolmentSchema,
  ),
  'session:second-factor-confirm': defineChannel(
    confirmSecondFactorInputSchema,
    sessionStateSchema,
  ),
  'session:second-factor-remove': defineChannel(removeSecondFactorInputSchema, sessionStateSchema),
  /**
   * "Reenviar correo": the sign-up confirmation mail again. A rate limit is `rate_limited` with
   * `email_rate_limited` and, when known, `params.retryAfterSeconds`.
   */
  'session:resend-confirmation': defineChannel(emailOnlySchema, sessionStateSchema),
  /** "¿Olvidaste tu contraseña?": mails a reset link; the state's flow becomes `reset_sent`. */
  'session:request-password-reset': defineChannel(emailOnlySchema, sessionStateSchema),
  /** "Nueva contraseña", once a reset link signed the user in (flow `new_password`). */
  'session:set-new-password': defineChannel(newPasswordSchema, sessionStateSchema),
  /** "Cambiar contraseña" in Settings: checks the current password, then sets the new one. */
  'session:change-password': defineChannel(changePasswordSchema, sessionStateSchema),
  /** Ends the account flow on screen ("Ya lo confirmé", "Volver", "Ahora no"). */
  'session:leave-flow': defineChannel(noInput, sessionStateSchema),
  /** The "Continuar con …" buttons: the providers the project enabled (none when unreachable). */
  'session:oauth-providers': defineChannel(noInput, oauthProvidersSchema),
  /**
   * Opens the provider's sign-in in the system browser; the state's flow becomes `oauth_pending`
   * until the browser comes back (signed in, or a notice saying why not).
   */
  'session:oauth-start': defineChannel(oauthStartSchema, sessionStateSchema),
  /** "Cancelar" while waiting for the browser: a callback arriving later is refused. */
  'session:oauth-cancel': defineChannel(noInput, sessionStateSchema),

  /**
   * Auto-lock (issue #13 §3). Locked, main answers only shared/ipc/locked-channels.ts. The unlock
   * input (the account password or a second-factor code) goes one way: no answer carries it back.
   */
  'lock:get-state': defineChannel(noInput, lockStateSchema),
  /** "Bloquear" (also the menu's CmdOrCtrl+L); a no-op when nobody is signed in. */
  'lock:lock': defineChannel(noInput, lockStateSchema),
  /**
   * A wrong password or code is `wrong_credentials` / `second_factor_code_wrong` with
   * `params.triesLeft`; the last wrong try signs out (`unlock_tries_exhausted`). Auth's rate limit
   * is `rate_limited` and costs no try.
   */
  'lock:unlock': defineChannel(unlockInputSchema, lockStateSchema),

  'integrations:list': defineChannel(noInput, integrationListSchema),
  'integrations:get': defineChannel(byId, integrationSchema),
  /** Stores the credentials in the vault; with `verify` also tests them ("Save and verify"). */
  'integrations:create': defineChannel(
    createIntegrationInputSchema,
    z.strictObject({ integration: integrationSchema, test: connectionTestResultSchema.nullable() }),
  ),
  'integrations:update': defineChannel(updateIntegrationInputSchema, integrationSchema),
  /** Tests the new credentials first; keeps the old ones when the test fails unless `saveAnyway`. */
  'integrations:rotate': defineChannel(
    rotateCredentialsInputSchema,
    z.strictObject({
      integration: integrationSchema,
      test: connectionTestResultSchema,
      saved: z.boolean(),
    }),
  ),
  'integrations:set-enabled': defineChannel(
    z.strictObject({ id: integrationIdSchema, enabled: z.boolean() }),
    integrationSchema,
  ),
  'integrations:delete': defineChannel(byId, z.strictObject({ id: integrationIdSchema })),
  'integrations:test': defineChannel(byId, connectionTestResultSchema),
  /** Tests every enabled integration, a few per provider host at once (progress in status events). */
  'integrations:test-all': defineChannel(noInput, z.array(testOutcomeSchema)),
  'integrations:cancel-test': defineChannel(byId, z.strictObject({ cancelled: z.boolean() })),
  /**
   * Stops the running "test all": queued tests are not started, running ones are cancelled (their
   * results come back `cancelled` in the run's answer). `stopped` is false when none was running.
   */
  'integrations:stop-test-all': defineChannel(noInput, z.strictObject({ stopped: z.boolean() })),

  /** The "Actividad" page: one page of events, newest first (keyset-paged in the database). */
  'activity:list': defineChannel(activityPageInputSchema, activityPageSchema),
  /** Tests and reads per day over the last 30 days, for the detail page's chart. */
  'activity:daily': defineChannel(activityDailyInputSchema, activityDailySchema),
  /** Every event matching the filter, saved as CSV where the person chooses (native dialog). */
  'activity:export': defineChannel(activityExportInputSchema, activityExportResultSchema),

  /** Which Supabase project the app uses (and where that came from) and the UI preferences. */
  'settings:get': defineChannel(noInput, resolvedSettingsSchema),
  /**
   * Saves a project URL and anon key. Plain strings here: main validates them and names the
   * field (`supabaseUrl` / `supabaseAnonKey`) it refuses, e.g. a service_role key.
   */
  'settings:set-connection': defineChannel(
    z.strictObject({
      supabaseUrl: z.string().max(2048),
      supabaseAnonKey: z.string().max(4096),
    }),
    resolvedSettingsSchema,
  ),
  /** Forgets the saved project (build-time or local-dev values apply again). */
  'settings:clear-connection': defineChannel(noInput, resolvedSettingsSchema),
  'settings:set-preferences': defineChannel(uiPreferencesSchema.partial(), resolvedSettingsSchema),
  /** Language and/or theme only; allowed while locked (shared/ipc/locked-channels.ts). */
  'settings:set-appearance': defineChannel(appearanceSchema.partial(), appearanceSchema),

  /**
   * "Preparar proyecto": applies the app's migrations over the database connection string (which
   * holds the database password: used for this call only, never stored or sent back). Works with
   * or without a project set; steps arrive as `project:setup-progress`.
   */
  'project:prepare': defineChannel(prepareProjectInputSchema, prepareProjectResultSchema),
  /** How the signed-in project's schema compares with the app's (after sign-in). */
  'project:schema-status': defineChannel(noInput, schemaStatusSchema),

  /** Opens an allowlisted documentation page in the system browser. */
  'app:open-external': defineChannel(
    z.strictObject({ url: z.url() }),
    z.strictObject({ opened: z.boolean() }),
  ),
  /** Versions and update channel for Settings → "About". */
  'app:info': defineChannel(noInput, appInfoSchema),
  /** Opens main's own logs folder in the file manager; the page never names a path. */
  'app:open-logs': defineChannel(noInput, z.strictObject({ opened: z.boolean() })),
} as const;

export const ipcEvents = {
  'settings:changed': defineEvent(resolvedSettingsSchema),
  /**
   * Every change of the session, also the outcome of an e-mail link main received
   * (`aterges://auth/callback`): the page never sees the link, only the state it led to.
   */
  'session:changed': defineEvent(sessionStateSchema),
  'integrations:changed': defineEvent(integrationListSchema),
  /** Every lock and unlock, and each wrong try (tries left). */
  'lock:changed': defineEvent(lockStateSchema),
  'project:setup-progress': defineEvent(projectSetupProgressSchema),
  'integrations:status-changed': defineEvent(
    z.strictObject({
      id: integrationIdSchema,
      status: integrationStatusSchema,
      result: connectionTestResultSchema.nullable(),
      /** On a test's final status within "test all": how many of the run's tests are done. */
      progress: z
        .strictObject({ done: z.int().min(1), total: z.int().min(1) })
        .refine((p) => p.done <= p.total)
        .optional(),
    }),
  ),
  /** The person clicked a native notification about this integration: show it. */
  'integrations:open': defineEvent(z.strictObject({ id: integrationIdSchema })),
} as const;

export type IpcChannels = typeof ipcChannels;
export type IpcChannelName = keyof IpcChannels;
export type IpcEvents = typeof ipcEvents;
export type IpcEventName = keyof IpcEvents;

export type IpcRequest<C extends IpcChannelName> = z.input<IpcChannels[C]['request']>;
export type IpcResponse<C extends IpcChannelName> = z.output<IpcChannels[C]['response']>;
export type IpcEventPayload<E extends IpcEventName> = z.output<IpcEvents[E]['payload']>;
