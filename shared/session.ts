import { z } from 'zod';
import { authReasonSchema } from './auth-reasons.ts';
import { KEYCHAIN_REASONS } from './errors.ts';
import { timestampSchema } from './integration.ts';
import { passwordSchema } from './password-rule.ts';
import { secondFactorStateSchema } from './second-factor.ts';

export const emailSchema = z.email({ message: 'email_invalid' }).max(320);
export { passwordSchema } from './password-rule.ts';

export const credentialsSignInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { message: 'password_required' }).max(200),
});
export const signUpSchema = z.strictObject({ email: emailSchema, password: passwordSchema });

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
   * Why the user is on the sign-in screen, for the renderer to put into words: `email_not_confirmed`
   * after a sign-up that needs the e-mail confirmed, `session_ended` when the server ended the
   * session, `api_key_refused` / `project_paused` / `rate_limited` when a refresh was refused so.
   */
  notice: authReasonSchema.nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;
