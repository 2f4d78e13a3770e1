import { useTranslation } from 'react-i18next';
import { toAppError } from '../bridge/app-error.ts';
import { OFFLINE_REASON_ID, useNetwork } from '../session/use-network.ts';
import { useReconnect } from '../session/use-session.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { useRelativeTime } from '../ui/relative-time.tsx';
import { useToast } from '../ui/toasts.tsx';

/** Offline: when the list was last synced, why actions are disabled, and "Retry now". */
export function OfflineBanner() {
  const { t } = useTranslation();
  const network = useNetwork();
  const reconnect = useReconnect();
  const toast = useToast();
  const lastSync = useRelativeTime(network.lastSyncedAt);
  if (network.available) return null;
  const connecting = network.connectivity === 'connecting' || reconnect.isPending;
  return (
    <section className="banner banner-offline" role="status" aria-label={t('offline.title')}>
      <div className="banner-text">
        <strong>{connecting ? t('offline.connecting') : t('offline.title')}</strong>
        <span>
          {lastSync ? (
            <time dateTime={network.lastSyncedAt ?? undefined} title={lastSync.exact}>
              {t('offline.lastSync', { time: lastSync.relative })}
            </time>
          ) : (
            t('offline.neverSynced')
          )}
        </span>
        <span id={OFFLINE_REASON_ID}>{t('offline.reason')}</span>
        {reconnect.error && <ErrorMessage error={toAppError(reconnect.error)} />}
      </div>
      <button
        type="button"
        className="button"
        onClick={() =>
          reconnect.mutate(undefined, {
            // Main answers with the state after its attempt: still offline is said, not silent.
            onSuccess: (state) =>
              toast({
                message: t(
                  state.connectivity === 'online'
                    ? 'feedback.reconnected'
                    : 'feedback.stillOffline',
                ),
              }),
          })
        }
        disabled={reconnect.isPending}
      >
        {t('offline.retry')}
      </button>
    </section>
  );
}
