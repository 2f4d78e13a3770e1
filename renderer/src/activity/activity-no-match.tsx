import { useTranslation } from 'react-i18next';
import { formatDate } from '../ui/format-relative-time.ts';
import { NoMatchCard } from '../ui/no-match-card.tsx';
import type { FilterDraft } from './activity-filter.ts';
import { localDayStart } from './activity-filter.ts';
import type { IntegrationOption } from './activity-filters.tsx';

/** No events: none yet at all, or which filters left nothing, with a way to clear them. */
export function ActivityNoMatch({
  draft,
  integrations,
  filtered,
  onClear,
}: {
  draft: FilterDraft;
  integrations: readonly IntegrationOption[];
  filtered: boolean;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (!filtered) {
    return (
      <section className="no-match card stack" aria-labelledby="activity-empty-title">
        <h2 id="activity-empty-title">{t('activity.page.emptyTitle')}</h2>
        <p className="muted">{t('activity.page.emptyBody')}</p>
      </section>
    );
  }
  const day = (date: string) => {
    const start = localDayStart(date);
    return start ? formatDate(start, i18n.language) : date;
  };
  const integration = integrations.find((option) => option.id === draft.integrationId);
  return (
    <NoMatchCard
      title={t('activity.page.noMatchTitle')}
      because={t('activity.page.noMatchBecause')}
      reasons={[
        draft.integrationId &&
          t('activity.page.integrationReason', { name: integration?.name ?? draft.integrationId }),
        draft.kind && t('activity.page.kindReason', { kind: t(`activity.type.${draft.kind}`) }),
        draft.from && t('activity.page.fromReason', { date: day(draft.from) }),
        draft.to && t('activity.page.toReason', { date: day(draft.to) }),
      ]}
      clearLabel={t('activity.page.clear')}
      onClear={onClear}
    />
  );
}
