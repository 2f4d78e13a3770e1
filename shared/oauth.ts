import { z } from 'zod';

/*
 * Sign-in with an external provider (issue #13 §1). The app offers the providers it has words and
 * icons for; the project's Auth settings (`GET /auth/v1/settings` → `external`) decide which of
 * them are shown.
 */

export const OAUTH_PROVIDERS = ['github', 'google'] as const;
export const oauthProviderSchema = z.enum(OAUTH_PROVIDERS);
export type OAuthProvider = z.infer<typeof oauthProviderSchema>;

/** "Continuar con GitHub": main opens the provider's page in the system browser. */
export const oauthStartSchema = z.strictObject({ provider: oauthProviderSchema });

/** The providers the project enabled, in the app's order; none when Auth cannot be reached. */
export const oauthProvidersSchema = z.strictObject({ providers: z.array(oauthProviderSchema) });
export type OAuthProviders = z.infer<typeof oauthProvidersSchema>;
