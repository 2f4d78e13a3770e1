import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from './format-relative-time.ts';
import { useNow } from './use-now.ts';

/** "3 hours ago" and the exact date, in the current language, kept fresh; null for no time. */
export function useRelativeTime(iso: string | null): { relative: string; exact: string } | null {
  const { i18n } = useTranslation();
  const now = useNow();
  if (!iso) return null;
  return {
    relative: formatRelativeTime(iso, now, i18n.language),
    exact: formatDateTime(iso, i18n.language),
  };
}

/**
 * A time shown one way ("3 hours ago" or the exact date, as `shown` says) with the other on
 * hover; "Never" when there is none. RelativeTime and AbsoluteTime are its two ways.
 */
export function TimeText({ iso, shown }: { iso: string | null; shown: 'relative' | 'exact' }) {
  const { t } = useTranslation();
  const text = useRelativeTime(iso);
  if (!iso || !text) return <span className="muted">{t('time.never')}</span>;
  return (
    <time dateTime={iso} title={shown === 'relative' ? text.exact : text.relative}>
      {text[shown]}
    </time>
  );
}

/** A relative time with the exact date on hover; "Never" when there is none. */
export function RelativeTime({ iso }: { iso: string | null }) {
  return <TimeText iso={iso} shown="relative" />;
}
