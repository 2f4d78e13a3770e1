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

/** A relative time with the exact date on hover; "Never" when there is none. */
export function RelativeTime({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const text = useRelativeTime(iso);
  if (!iso || !text) return <span className="muted">{t('time.never')}</span>;
  return (
    <time dateTime={iso} title={text.exact}>
      {text.relative}
    </time>
  );
}
