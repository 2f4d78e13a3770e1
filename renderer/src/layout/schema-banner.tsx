import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useNavigation } from './navigation.tsx';

/**
 * After sign-in, once online: does the project's database have this app's schema? An older one
 * leads to "Preparar proyecto" in Settings; a newer one asks to update the app. A check that
 * fails (offline, an old gateway) shows nothing: the list's own errors say enough.
 */
export function SchemaBanner({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const { navigate } = useNavigation();
  const { data } = useQuery({
    queryKey: queryKeys.schemaStatus,
    queryFn: () => bridge.project.schemaStatus(),
    enabled: session.status === 'signed_in' && session.connectivity === 'online',
    staleTime: Infinity,
    retry: false,
  });
  if (data?.status !== 'outdated' && data?.status !== 'newer') return null;
  const text =
    data.status === 'outdated'
      ? t('prepareProject.schemaOutdated')
      : t('prepareProject.schemaNewer');
  return (
    <section className="banner banner-warning" role="status" aria-label={text}>
      <div className="banner-text">
        <span>{text}</span>
      </div>
      {data.status === 'outdated' && (
        <button type="button" className="button" onClick={() => navigate({ name: 'settings' })}>
          {t('prepareProject.openSettings')}
        </button>
      )}
    </section>
  );
}
