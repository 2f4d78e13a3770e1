import { z } from 'zod';

/*
 * Every answer of Supabase Auth (GoTrue) and of the gateway in front of it, as the app's own
 * reasons (part of APP_ERROR_REASONS in errors.ts, named apart from the vault's). Main maps through this table only; the renderer puts each reason into words. Codes:
 * auth-js `ErrorCode` (src/lib/error-codes.ts) and GoTrue internal/api/apierrors/errorcode.go.
 * A test checks that every code the installed auth-js knows is in AUTH_CODE_REASONS.
 */

export const AUTH_REASONS = [
  'wrong_credentials',
  'email_not_confirmed',
  'account_exists',
  'weak_password',
  'password_too_long',
  'email_invalid',
  'email_not_authorized',
  'input_invalid',
  'same_password',
  // "Cambiar contraseña": the current password typed to confirm the change is not the account's.
  'current_password_wrong',
  'signup_disabled',
  'email_sign_in_disabled',
  'rate_limited',
  'email_rate_limited',
  'account_suspended',
  'session_ended',
  'link_expired',
  // A deep link the app refused (not its auth callback, or malformed): its text is never shown.
  'link_refused',
  // A link that carries the session itself (the implicit flow, e.g. a resent confirmation mail):
  // the app accepts only a code it can exchange with its own PKCE verifier.
  'link_not_supported',
  // A code with no pending request on this device: the link was asked for elsewhere.
  'link_other_device',
  // Auth answered the link with an error the app has no words of its own for.
  'link_failed',
  'reauthentication_needed',
  'captcha_failed',
  'api_key_refused',
  'project_paused',
  'auth_unavailable',
  'auth_unreachable',
  'sign_in_first',
  // Sign-in with GitHub or Google: refused in the browser, not finished in time, a callback that
  // belongs to no sign-in in progress (a second one, after "Cancelar", or through another door),
  // and a sign-in that could not start (the browser did not open, the provider is off).
  'oauth_denied',
  'oauth_timed_out',
  'oauth_refused',
  'oauth_unavailable',
  'second_factor_needed',
  'second_factor_code_wrong',
  'second_factor_code_expired',
  'second_factor_name_taken',
  'second_factor_limit',
  'second_factor_not_found',
  'second_factor_disabled',
  'auth_failed',
] as const;
export const authReasonSchema = z.enum(AUTH_REASONS);
export type AuthReason = z.infer<typeof authReasonSchema>;

/** A code the app has no words of its own for: it is shown as `auth_failed` (and logged). */
export const GENERIC = 'generic';
type Mapped = AuthReason | typeof GENERIC;

export const AUTH_CODE_REASONS: Readonly<Record<string, Mapped>> = {
  invalid_credentials: 'wrong_credentials',
  email_not_confirmed: 'email_not_confirmed',
  provider_email_needs_verification: 'email_not_confirmed',
  user_already_exists: 'account_exists',
  email_exists: 'account_exists',
  identity_already_exists: 'account_exists',
  weak_password: 'weak_password',
  same_password: 'same_password',
  email_address_invalid: 'email_invalid',
  email_address_not_authorized: 'email_not_authorized',
  // GoTrue answers validation_failed to a password over 72 bytes, a malformed e-mail, and a
  // malformed refresh token (the session then ends: see auth-verdict.ts).
  validation_failed: 'input_invalid',
  bad_json: 'input_invalid',
  signup_disabled: 'signup_disabled',
  email_provider_disabled: 'email_sign_in_disabled',
  provider_disabled: 'email_sign_in_disabled',
  anonymous_provider_disabled: 'email_sign_in_disabled',
  over_request_rate_limit: 'rate_limited',
  over_email_send_rate_limit: 'email_rate_limited',
  over_sms_send_rate_limit: 'rate_limited',
  user_banned: 'account_suspended',
  session_not_found: 'session_ended',
  session_expired: 'session_ended',
  refresh_token_not_found: 'session_ended',
  refresh_token_already_used: 'session_ended',
  bad_jwt: 'session_ended',
  no_authorization: 'session_ended',
  user_not_found: 'session_ended',
  otp_expired: 'link_expired',
  flow_state_not_found: 'link_expired',
  flow_state_expired: 'link_expired',
  bad_code_verifier: 'link_expired',
  reauthentication_needed: 'reauthentication_needed',
  reauthentication_not_valid: 'reauthentication_needed',
  reauth_nonce_missing: 'reauthentication_needed',
  // AAL2 required (enrolling another factor, removing a verified one, a password change).
  insufficient_aal: 'second_factor_needed',
  mfa_verification_failed: 'second_factor_code_wrong',
  mfa_verification_rejected: 'second_factor_code_wrong',
  // A challenge that expired, or was already used (GoTrue then says "IP address mismatch").
  mfa_challenge_expired: 'second_factor_code_expired',
  mfa_ip_address_mismatch: 'second_factor_code_expired',
  mfa_factor_name_conflict: 'second_factor_name_taken',
  too_many_enrolled_mfa_factors: 'second_factor_limit',
  mfa_factor_not_found: 'second_factor_not_found',
  mfa_totp_enroll_not_enabled: 'second_factor_disabled',
  mfa_totp_verify_not_enabled: 'second_factor_disabled',
  captcha_failed: 'captcha_failed',
  // OAuth: a callback Auth could not tie to a sign-in, and a provider the project does not offer.
  bad_oauth_state: 'oauth_refused',
  bad_oauth_callback: 'oauth_refused',
  oauth_provider_not_supported: 'oauth_unavailable',
  request_timeout: 'auth_unavailable',
  hook_timeout: 'auth_unavailable',
  hook_timeout_after_retry: 'auth_unavailable',
  unexpected_failure: 'auth_unavailable',
  // Features the app does not use (phone, SSO/SAML, phone/WebAuthn MFA, identities, admin,
  // hooks).
  ...Object.fromEntries(
    [
      'phone_exists',
      'not_admin',
      'invite_not_found',
      'unexpected_audience',
      'single_identity_not_deletable',
      'email_conflict_identity_not_deletable',
      'phone_provider_disabled',
      'webauthn_challenge_expired',
      'saml_provider_disabled',
      'manual_linking_disabled',
      'sms_send_failed',
      'phone_not_confirmed',
      'saml_relay_state_not_found',
      'saml_relay_state_expired',
      'saml_idp_not_found',
      'saml_assertion_no_user_id',
      'saml_assertion_no_email',
      'sso_provider_not_found',
      'saml_metadata_fetch_failed',
      'saml_idp_already_exists',
      'sso_domain_already_exists',
      'saml_entity_id_mismatch',
      'conflict',
      'user_sso_managed',
      'otp_disabled',
      'identity_not_found',
      'hook_payload_over_size_limit',
      'hook_payload_invalid_content_type',
      'mfa_phone_enroll_not_enabled',
      'mfa_phone_verify_not_enabled',
      'mfa_webauthn_enroll_not_enabled',
      'mfa_webauthn_verify_not_enabled',
      'mfa_recovery_codes_enroll_not_enabled',
      'mfa_recovery_codes_verify_not_enabled',
      'mfa_recovery_codes_locked',
      'mfa_recovery_codes_sole_factor',
      'mfa_verified_factor_exists',
    ].map((code) => [code, GENERIC] as const),
  ),
};

/**
 * Answers that carry no Auth code: the gateway refusing the project's API key (401, also "Legacy
 * API keys are disabled"), a rate limit without a code (429), and a paused free project (540).
 */
export function authReasonForStatus(status: number): AuthReason | null {
  if (status === 401) return 'api_key_refused';
  if (status === 429) return 'rate_limited';
  if (status === 540) return 'project_paused';
  return null;
}

/** Maps an Auth code (or, without one, the HTTP status) to the app's reason. */
export function authReasonFor(code: string | undefined, status: number): AuthReason {
  // Own keys only: a code such as `constructor` must not reach Object.prototype.
  const mapped =
    code === undefined || !Object.hasOwn(AUTH_CODE_REASONS, code)
      ? undefined
      : AUTH_CODE_REASONS[code];
  if (mapped !== undefined && mapped !== GENERIC) return mapped;
  if (mapped === undefined) {
    const byStatus = authReasonForStatus(status);
    if (byStatus) return byStatus;
  }
  return status >= 500 ? 'auth_unavailable' : 'auth_failed';
}

/** What GoTrue says is wrong with a password (`weak_password.reasons`). */
export const WEAK_PASSWORD_REASONS = ['length', 'characters', 'pwned'] as const;
export const weakPasswordReasonSchema = z.enum(WEAK_PASSWORD_REASONS);
