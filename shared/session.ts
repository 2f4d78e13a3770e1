import { z } from 'zod';
import { AUTH_REASONS } from './auth-reasons.ts';
import { KEYCHAIN_REASONS } from './errors.ts';
import { oauthProviderSchema } from './oauth.ts';
import { timestampSchema } from './integration.ts';
import { passwordSchema } from './password-rule.ts';
import { secondFactorStateSchema } from './second-factor.ts';
import { TOO_LONG } from './field-issues.ts';

export const emailSchema = z.email({ message: 'email_invalid' }).max(320, TOO_LONG);
export { passwordSchema } from './password-rule.ts';

export const credentialsSignInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { message: 'password_required' }).max(200, TOO_LONG),
});
export const signUpSchema = z.strictObject({ email: emailSchema, password: passwordSchema });
/** "Reenviar correo" and "¿Olvidaste tu contraseña?": only the address. */
export const emailOnlySchema = z.strictObject({ email: emailSchema });
/** The "Nueva contraseña" screen after a password-reset link. */
export const newPasswordSchema = z.strictObject({ password: passwordSchema });
/** "Cambiar contraseña" in Settings: the current password is checked first. */
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, { message: 'password_required' }).max(200, TOO_LONG),
  newPassword: passwordSchema,
});

/**
 * An account flow in progress, which decides the screen: `confirm_sign_up` ("Te enviamos un
 * correo a …", after a sign-up that needs the e-mail confirmed, or a sign-in refused for it),
 * `reset_sent` ("Revisa tu correo" after "¿Olvidaste tu contraseña?"), `new_password` (signed in
 * by a password-reset link: choose a new password). Kept in main's memory only.
 */
export const authFlowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('confirm_sign_up'), email: emailSchema }),
  z.strictObject({ kind: z.literal('reset_sent'), email: emailSchema }),
  z.strictObject({ kind: z.literal('new_password') }),
  // "Termina en tu navegador…": an OAuth sign-in waits for the browser (see oauth-sign-in.ts).
  z.strictObject({ kind: z.literal('oauth_pending'), provider: oauthProviderSchema }),
]);
export type AuthFlow = z.infer<typeof authFlowSchema>;

/**
 * Why the user is on the sign-in screen: one of Auth's reasons, or the app's own sign-out after
 * five wrong unlock tries (issue #13 §3), which the sign-in screen must explain too.
 */
export const SESSION_NOTICES = [...AUTH_REASONS, 'unlock_tries_exhausted'] as const;
export const sessionNoticeSchema = z.enum(SESSION_NOTICES);
export type SessionNotice = z.infer<typeof sessionNoticeSchema>;

export const CONNECTIVITY_STATES = ['online', 'offline', 'connecting'] as const;
export const connectivitySchema = z.enum(CONNECTIVITY_STATES);
export type Connectivity = z.infer<typeof connectivitySchema>;

/**
 * What the renderer may know about the session. Tokens stay in main; this carries only who is
 * signed in and whether the app can reach the server and the keychain.
 */
export const sessionStateSchema = z.strictObject({
  status: z.enum(['restoring', 'signed_out', 'signed_in']),
  user: z.strictObject({ id: z.uuid(), email: z.string().nullable() }).nullable(),
  connectivity: connectivitySchema,
  /**
   * `needed`: signed in with the password only, and the user has a verified second factor; the
   * app asks for the code before anything else (the database refuses the keys until then).
   */
  secondFactor: secondFactorStateSchema,
  /** When the integration list was last loaded from the server. */
  lastSyncedAt: timestampSchema.nullable(),
  keychain: z.strictObject({
    available: z.boolean(),
    /** Why it is not available, as a code the renderer words (no Secret Service, locked…). */
    reason: z.enum(KEYCHAIN_REASONS).nullable(),
  }),
  /**
   * Why the user is on the sign-in screen, for the renderer to put into words: `session_ended`
   * when the server ended the session, `api_key_refused` / `project_paused` / `rate_limited` when
   * a refresh was refused so, `link_*` when an e-mail link that reached the app did not work,
   * `unlock_tries_exhausted` when five wrong unlock tries signed the user out.
   */
  notice: sessionNoticeSchema.nullable(),
  /** The account flow in progress (see authFlowSchema), or none. */
  flow: authFlowSchema.nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;
