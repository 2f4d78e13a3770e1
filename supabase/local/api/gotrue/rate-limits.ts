/**
 * GoTrue's rate limits, each off (0) unless a test sets it in AuthSettings:
 * - `/token` per client address (supabase/auth internal/api/api.go, limitHandler with
 *   RATE_LIMIT_TOKEN_REFRESH): 429 over_request_rate_limit "Request rate limit reached";
 * - mails the project sends an hour (RATE_LIMIT_EMAIL_SENT, mailer.go's EmailRateLimitExceeded):
 *   429 over_email_send_rate_limit "email rate limit exceeded";
 * - one kind of mail to one user (SMTP_MAX_FREQUENCY, mail.go validateSentWithinFrequencyLimit and
 *   generateFrequencyLimitErrorMessage): 429 over_email_send_rate_limit "For security purposes,
 *   you can only request this after N seconds."
 * Windows are fixed rather than GoTrue's token buckets: a test sees the same refusals.
 */
import type { AuthSettings } from './auth-settings.ts';
import { GoTrueError } from './errors.ts';

const FIVE_MINUTES_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

interface Window {
  startedAt: number;
  count: number;
}

function take(windows: Map<string, Window>, key: string, limit: number, lengthMs: number): boolean {
  const now = Date.now();
  let window = windows.get(key);
  if (!window || now - window.startedAt >= lengthMs) {
    window = { startedAt: now, count: 0 };
    windows.set(key, window);
  }
  window.count++;
  return window.count <= limit;
}

export interface RateLimiter {
  /** Counts one `/token` request from `clientAddress`; throws when over the limit. */
  takeTokenRequest(settings: AuthSettings, clientAddress: string): void;
  /** Counts one mail the project sends; throws when over the hourly limit. */
  takeEmailSend(settings: AuthSettings): void;
  /** Forgets every count (a test resetting the stack). */
  reset(): void;
}

export function createRateLimiter(): RateLimiter {
  const tokenWindows = new Map<string, Window>();
  const emailWindows = new Map<string, Window>();
  return {
    takeTokenRequest(settings, clientAddress) {
      const limit = settings.tokenRateLimitPer5Minutes;
      if (limit > 0 && !take(tokenWindows, clientAddress, limit, FIVE_MINUTES_MS)) {
        throw new GoTrueError(429, 'over_request_rate_limit', 'Request rate limit reached');
      }
    },
    takeEmailSend(settings) {
      const limit = settings.emailRateLimitPerHour;
      if (limit > 0 && !take(emailWindows, 'project', limit, HOUR_MS)) {
        throw new GoTrueError(429, 'over_email_send_rate_limit', 'email rate limit exceeded');
      }
    },
    reset() {
      tokenWindows.clear();
      emailWindows.clear();
    },
  };
}

/** validateSentWithinFrequencyLimit: the previous mail of this kind must be old enough. */
export function checkSentWithinFrequency(settings: AuthSettings, sentAt: Date | null): void {
  const frequencyMs = settings.emailMaxFrequencySeconds * 1000;
  if (frequencyMs <= 0 || !sentAt) return;
  const leftMs = sentAt.getTime() + frequencyMs - Date.now();
  if (leftMs > 0) {
    throw new GoTrueError(
      429,
      'over_email_send_rate_limit',
      `For security purposes, you can only request this after ${Math.floor(leftMs / 1000)} seconds.`,
    );
  }
}
