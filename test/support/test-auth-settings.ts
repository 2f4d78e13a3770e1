import { LOCAL_EXTERNAL_PROVIDERS } from '../../supabase/local/api/gotrue/auth-settings.ts';
import type { AuthSettings } from '../../supabase/local/api/gotrue/auth-settings.ts';

/**
 * What the test stacks change from a hosted project's Auth defaults, and why. A test run signs up
 * and signs in hundreds of accounts from one address within minutes and mails several links to
 * the same address, which a hosted project's rate limits would stop (those limits have their own
 * tests, which switch them back on: local-auth-settings.ts); the OAuth tests need GitHub and
 * Google enabled, as a project owner would in the dashboard. Everything else (e-mail
 * confirmation, password policy, ES256 tokens) stays as hosted.
 */
export const TEST_AUTH_SETTINGS: Partial<AuthSettings> = {
  emailMaxFrequencySeconds: 0,
  emailRateLimitPerHour: 0,
  tokenRateLimitPer5Minutes: 0,
  externalProviders: [...LOCAL_EXTERNAL_PROVIDERS],
};
