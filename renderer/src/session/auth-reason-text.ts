import type { TFunction, i18n as I18n } from 'i18next';
import { AUTH_REASONS } from '../../../shared/auth-reasons.ts';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import type { AppErrorParams } from '../../../shared/errors.ts';
import type { SessionNotice } from '../../../shared/session.ts';
import { formatDuration } from '../ui/format-duration.ts';

export function isAuthReason(reason: string): reason is AuthReason {
  return (AUTH_REASONS as readonly string[]).includes(reason);
}

/**
 * Main's auth reason (or a session notice, which adds the app's own sign-out after too many
 * unlock tries) in the user's language: a rate limit with a known wait says how long; a
 * weak password lists what the project's policy found (GoTrue's `weak_password.reasons`).
 */
export function authReasonText(
  t: TFunction,
  i18n: I18n,
  reason: SessionNotice,
  params?: AppErrorParams,
): string {
  if (params?.retryAfterSeconds !== undefined) {
    const duration = formatDuration(params.retryAfterSeconds * 1000, i18n.language);
    if (reason === 'rate_limited') return t('authWords.rateLimitedWait', { duration });
    if (reason === 'email_rate_limited') return t('authWords.emailRateLimitedWait', { duration });
  }
  const text: string = t(`errorReason.${reason}`);
  if (reason !== 'weak_password' || !params?.passwordReasons?.length) return text;
  return [text, ...params.passwordReasons.map((why) => t(`authWords.weakPassword.${why}`))].join(
    ' ',
  );
}
