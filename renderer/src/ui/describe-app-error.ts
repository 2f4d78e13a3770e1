import type { TFunction, i18n as I18n } from 'i18next';
import { APP_ERROR_REASONS } from '../../../shared/errors.ts';
import type { AppErrorPayload, AppErrorReason } from '../../../shared/errors.ts';
import { translateValidation } from '../preferences/translate-validation.ts';
import { formatDuration } from './format-duration.ts';

function isAppReason(reason: string): reason is AppErrorReason {
  return (APP_ERROR_REASONS as readonly string[]).includes(reason);
}

/**
 * The specific sentence for an error from main: main's reason code in words, or for a field error
 * the shared schema's validation key in words. Empty when there is nothing to add to the summary.
 */
export function describeAppError(t: TFunction, i18n: I18n, error: AppErrorPayload): string {
  if (isAppReason(error.reason)) {
    const seconds = error.params?.retryAfterSeconds ?? 0;
    return t(`errorReason.${error.reason}`, {
      duration: formatDuration(seconds * 1000, i18n.language),
    });
  }
  return translateValidation(error.reason, i18n.language, i18n);
}
