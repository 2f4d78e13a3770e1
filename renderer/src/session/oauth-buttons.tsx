import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OAuthProvider } from '../../../shared/oauth.ts';
import type { Connectivity } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { CallButton } from '../ui/call-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { useSessionCall } from './use-session-call.ts';

/**
 * "Continuar con GitHub / Google": only the providers the project enabled (main reads its Auth
 * settings); none offline. Main opens the provider's page in the system browser.
 */
export function OAuthButtons({ connectivity }: { connectivity: Connectivity }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const start = useSessionCall();
  const { data } = useQuery({
    queryKey: queryKeys.oauthProviders(connectivity),
    queryFn: () => bridge.session.oauthProviders(),
    enabled: connectivity !== 'offline',
  });
  const providers = connectivity === 'offline' ? [] : (data?.providers ?? []);
  if (providers.length === 0) return null;
  return (
    <div className="stack oauth-buttons">
      <p className="muted oauth-divider">{t('auth.oauth.or')}</p>
      {start.error && <ErrorMessage error={start.error} />}
      {providers.map((provider: OAuthProvider) => (
        <CallButton
          key={provider}
          className="button"
          call={start}
          action={() => bridge.session.oauthStart({ provider })}
        >
          {t(`auth.oauth.continueWith.${provider}`)}
        </CallButton>
      ))}
    </div>
  );
}
