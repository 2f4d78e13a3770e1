import { useTranslation } from 'react-i18next';
import type { OAuthProvider } from '../../../shared/oauth.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { CallButton } from '../ui/call-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { PageCard } from '../ui/page-card.tsx';
import { useSessionCall } from './use-session-call.ts';

/** "Termina en tu navegador…" while an OAuth sign-in waits for the browser; "Cancelar" ends it. */
export function OAuthWaitingCard({ provider }: { provider: OAuthProvider }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const cancel = useSessionCall();
  return (
    <PageCard
      titleId="oauth-waiting-title"
      title={t('auth.oauth.waitingTitle')}
      className="card stack"
      aria-busy="true"
    >
      <p>{t(`auth.oauth.waitingBody.${provider}`)}</p>
      {cancel.error && <ErrorMessage error={cancel.error} />}
      <div className="button-row">
        <CallButton className="button" call={cancel} action={() => bridge.session.oauthCancel()}>
          {t('auth.oauth.cancel')}
        </CallButton>
      </div>
    </PageCard>
  );
}
