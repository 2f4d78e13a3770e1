import { useTranslation } from 'react-i18next';
import { useRelativeTime } from './relative-time.tsx';

/** The exact date and time ("4 dic 2026, 17:25"), the relative one on hover; "Never" for none. */
export function AbsoluteTime({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const text = useRelativeTime(iso);
  if (!iso || !text) return <span className="muted">{t('time.never')}</span>;
  return (
    <time dateTime={iso} title={text.relative}>
      {text.exact}
    </time>
  );
}
