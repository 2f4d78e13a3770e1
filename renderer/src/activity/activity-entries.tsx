import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActivityPage } from '../../../shared/activity.ts';
import { toAppError } from '../bridge/app-error.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { LoadFailed, Loading } from '../ui/load-states.tsx';
import { ActivityEntry } from './activity-entry.tsx';

type Pages = UseInfiniteQueryResult<InfiniteData<ActivityPage>>;

/**
 * The loaded events, newest first, and "Load more" for the next page (a button rather than
 * loading on scroll: it is reachable by keyboard and says what it does).
 */
export function ActivityEntries({
  pages,
  label,
  showIntegration,
}: {
  pages: Pages;
  label: string;
  showIntegration: boolean;
}) {
  const { t } = useTranslation();
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <>
      <ol className="activity-list" aria-label={label}>
        {events.map((event) => (
          <ActivityEntry key={event.id} event={event} showIntegration={showIntegration} />
        ))}
      </ol>
      {pages.isFetchNextPageError && <ErrorMessage error={toAppError(pages.error)} />}
      {pages.hasNextPage ? (
        <button
          type="button"
          className="button activity-more"
          onClick={() => void pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
          aria-busy={pages.isFetchingNextPage}
        >
          {pages.isFetchingNextPage ? t('activity.loadingMore') : t('activity.loadMore')}
        </button>
      ) : (
        events.length > 0 &&
        pages.data &&
        pages.data.pages.length > 1 && <p className="muted small">{t('activity.end')}</p>
      )}
    </>
  );
}

/** Loading, a failure with a retry, or nothing: what the list shows before it has events. */
export function ActivityLoadState({ pages }: { pages: Pages }) {
  const { t } = useTranslation();
  if (pages.isPending && pages.fetchStatus !== 'idle') {
    return <Loading />;
  }
  if (pages.isError && !pages.isFetchNextPageError) {
    return (
      <LoadFailed
        what={t('activity.loadFailed')}
        error={toAppError(pages.error)}
        onRetry={() => void pages.refetch()}
      />
    );
  }
  return null;
}
