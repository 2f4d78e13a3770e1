/**
 * GoTrue configuration a test may change at runtime, with the defaults of a hosted project as far
 * as this repo's own `supabase/config.toml` does not say otherwise (its `[auth]` table gives the
 * Site URL, the redirect allow list and the password policy; `auth-settings.test.ts` checks that
 * the two agree). Rate limits are off unless a test sets them, so parallel tests never trip them.
 */
import type { JwtAlgorithm } from '../signing-keys.ts';

/** GOTRUE_PASSWORD_REQUIRED_CHARACTERS, by the names `config.toml` uses. */
export type PasswordRequirements =
  '' | 'letters_digits' | 'lower_upper_letters_digits' | 'lower_upper_letters_digits_symbols';

export interface AuthSettings {
  /**
   * GOTRUE_MAILER_AUTOCONFIRM. Off, as on a hosted project: a sign-up answers the user without a
   * session and mails a confirmation link. Tests about something else opt in with `true`.
   */
  autoconfirm: boolean;
  /** GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL (hosted default: 10 seconds). */
  refreshTokenReuseIntervalSeconds: number;
  /** GOTRUE_SITE_URL: where links go when no allowed `redirect_to` is given. */
  siteUrl: string;
  /** GOTRUE_URI_ALLOW_LIST: further allowed redirect URLs, with GoTrue's glob patterns. */
  additionalRedirectUrls: string[];
  /** GOTRUE_PASSWORD_MIN_LENGTH. */
  passwordMinLength: number;
  /** GOTRUE_PASSWORD_REQUIRED_CHARACTERS. */
  passwordRequirements: PasswordRequirements;
  /** GOTRUE_MAILER_OTP_EXP: how long a mailed link or code stays valid (hosted: 3600 s). */
  otpExpirySeconds: number;
  /** GOTRUE_EXTERNAL_FLOW_STATE_EXPIRY_DURATION: how long a PKCE auth code lives (GoTrue: 300 s). */
  flowStateExpirySeconds: number;
  /**
   * GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION ("Secure password change"), off on a
   * hosted project by default: when on, a password change in a session older than 24 hours needs
   * the nonce mailed by `GET /reauthenticate`.
   */
  securePasswordChange: boolean;
  /**
   * GOTRUE_SMTP_MAX_FREQUENCY in seconds: the wait between two mails of one kind to one user
   * ("For security purposes, you can only request this after N seconds."); 0 turns it off.
   */
  emailMaxFrequencySeconds: number;
  /**
   * GOTRUE_EXTERNAL_EMAIL_AUTHORIZED_ADDRESSES: the only addresses mail may go to (a hosted
   * project on the built-in mailer allows only its organisation's members); empty lets all through.
   */
  authorizedEmailAddresses: string[];
  /** GOTRUE_RATE_LIMIT_EMAIL_SENT: mails the project sends an hour (hosted: 2); 0 turns it off. */
  emailRateLimitPerHour: number;
  /**
   * GOTRUE_RATE_LIMIT_TOKEN_REFRESH: requests to `/token` per client address per 5 minutes
   * (password sign-ins and refreshes share it; hosted: 150); 0 turns it off.
   */
  tokenRateLimitPer5Minutes: number;
  /** The current signing key's algorithm: ES256 (new hosted projects, the default) or HS256. */
  jwtAlgorithm: JwtAlgorithm;
  /**
   * GOTRUE_EXTERNAL_<PROVIDER>_ENABLED: the OAuth providers `/settings` reports as enabled and
   * `/authorize` accepts (hosted: none until the dashboard enables them; locally GitHub and Google).
   */
  externalProviders: LocalExternalProvider[];
  /** The account each provider's local consent page signs in (tests set a unique one). */
  externalIdentities: Record<LocalExternalProvider, FakeIdentity>;
}

/** The external providers the local identity provider can play (see local-identity-provider.ts). */
export const LOCAL_EXTERNAL_PROVIDERS = ['github', 'google'] as const;
export type LocalExternalProvider = (typeof LOCAL_EXTERNAL_PROVIDERS)[number];

/** Who the local identity provider says is signing in: the fake account behind its consent page. */
export interface FakeIdentity {
  email: string;
  name: string;
  /** The provider vouches for the address (GitHub's verified e-mail, Google's `email_verified`). */
  emailVerified: boolean;
}

/** `[auth]` of supabase/config.toml. */
export const CONFIG_TOML_AUTH = {
  siteUrl: 'http://127.0.0.1:54325',
  additionalRedirectUrls: ['aterges://auth/callback', 'http://127.0.0.1:54325/auth/callback'],
  passwordMinLength: 12,
  passwordRequirements: 'lower_upper_letters_digits',
  otpExpirySeconds: 3600,
} as const satisfies Partial<AuthSettings>;

export function defaultAuthSettings(): AuthSettings {
  return {
    autoconfirm: false,
    refreshTokenReuseIntervalSeconds: 10,
    siteUrl: CONFIG_TOML_AUTH.siteUrl,
    additionalRedirectUrls: [...CONFIG_TOML_AUTH.additionalRedirectUrls],
    passwordMinLength: CONFIG_TOML_AUTH.passwordMinLength,
    passwordRequirements: CONFIG_TOML_AUTH.passwordRequirements,
    otpExpirySeconds: CONFIG_TOML_AUTH.otpExpirySeconds,
    flowStateExpirySeconds: 300,
    securePasswordChange: false,
    emailMaxFrequencySeconds: 0,
    authorizedEmailAddresses: [],
    emailRateLimitPerHour: 0,
    tokenRateLimitPer5Minutes: 0,
    jwtAlgorithm: 'ES256',
    externalProviders: [...LOCAL_EXTERNAL_PROVIDERS],
    externalIdentities: {
      github: { email: 'octocat@aterges.test', name: 'Mona Octocat', emailVerified: true },
      google: { email: 'ada@aterges.test', name: 'Ada Lovelace', emailVerified: true },
    },
  };
}
