import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationEvent } from '../../../shared/integration.ts';
import { useIntegrationList } from '../integrations/use-integrations.ts';
import { usePageHeadingFocus } from '../layout/navigation.tsx';
import { ActivityEntries, ActivityLoadState } from './activity-entries.tsx';
import { ExportButton } from './export-button.tsx';
import type { FilterDraft } from './activity-filter.ts';
import { NO_FILTER, isFiltered, toActivityFilter } from './activity-filter.ts';
import type { IntegrationOption } from './activity-filters.tsx';
import { ActivityFilters } from './activity-filters.tsx';
import { ActivityNoMatch } from './activity-no-match.tsx';
import { useActivityPages } from './use-activity.ts';
import '../integrations/list/list-view.css';
import '../integrations/detail/integration-detail.css';
import './activity.css';

/**
 * "Actividad" (issue #14 §5): every event of the user's integrations, newest first, paged from
 * the database, filtered by integration, kind and dates, exported as CSV.
 */
export function ActivityPage() {
  const { t } = useTranslation();
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  const [draft, setDraft] = useState<FilterDraft>(NO_FILTER);
  const { filter, reversed } = useMemo(() => toActivityFilter(draft), [draft]);
  // A reversed range asks nothing of main: the field says what to fix.
  const pages = useActivityPages(filter, !reversed);
  const events = useMemo(
    () => pages.data?.pages.flatMap((page) => page.events) ?? [],
    [pages.data],
  );
  const integrations = useIntegrationOptions(events);
  const filtered = isFiltered(draft);

  return (
    <section className="page activity-page" aria-labelledby="activity-page-title">
      <div className="page-header">
        <div>
          <h1 id="activity-page-title" ref={heading} tabIndex={-1}>
            {t('activity.title')}
          </h1>
          <p className="muted">{t('activity.page.intro')}</p>
        </div>
        <div className="page-actions">
          <ExportButton filter={filter} disabled={reversed} />
        </div>
      </div>
      <ActivityFilters
        draft={draft}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        integrations={integrations}
        reversed={reversed}
      />
      {!reversed && <ActivityLoadState pages={pages} />}
      {!reversed && pages.isSuccess && events.length === 0 && (
        <ActivityNoMatch
          draft={draft}
          integrations={integrations}
          filtered={filtered}
          onClear={() => setDraft(NO_FILTER)}
        />
      )}
      {!reversed && events.length > 0 && (
        <div className="card activity">
          <ActivityEntries pages={pages} label={t('activity.page.listLabel')} showIntegration />
        </div>
      )}
    </section>
  );
}

/**
 * The user's integrations by name, and deleted ones still named by their events. A deleted one,
 * once seen, stays offered: choosing it and then another filter can leave none of its events on
 * the page, and a chosen option that vanished would leave the select showing something else.
 */
function useIntegrationOptions(events: readonly IntegrationEvent[]): IntegrationOption[] {
  const list = useIntegrationList();
  const [named, setNamed] = useState<ReadonlyMap<string, string>>(new Map());
  const unseen = events.filter(
    (event) => event.integrationId && event.integrationName && !named.has(event.integrationId),
  );
  // Set during render (React redoes the render at once): no frame without the option.
  if (unseen.length > 0) {
    setNamed((current) => {
      const next = new Map(current);
      for (const event of unseen) next.set(event.integrationId!, event.integrationName!);
      return next;
    });
  }
  return useMemo(() => {
    const options = new Map<string, IntegrationOption>();
    for (const integration of list.data?.integrations ?? []) {
      options.set(integration.id, { id: integration.id, name: integration.name, deleted: false });
    }
    for (const [id, name] of named) {
      if (!options.has(id)) options.set(id, { id, name, deleted: true });
    }
    return [...options.values()].sort(
      (a, b) => Number(a.deleted) - Number(b.deleted) || a.name.localeCompare(b.name),
    );
  }, [list.data, named]);
}
