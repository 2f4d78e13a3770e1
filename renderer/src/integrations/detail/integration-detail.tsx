import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, usePageHeadingFocus } from '../../layout/navigation.tsx';
import { ProviderIcon } from '../../providers/provider-icon.tsx';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { StatusBadge } from '../status-badge.tsx';
import { useIntegration } from '../use-integrations.ts';
import { ActivityList } from './activity-list.tsx';
import { DetailActions } from './detail-actions.tsx';
import { DetailFacts } from './detail-facts.tsx';
import { LastTest } from './last-test.tsx';
import { PlaintextKeyNotice } from './plaintext-key-notice.tsx';
import { RotateDialog } from './rotate-dialog.tsx';
import { SettingsForm } from './settings-form.tsx';
import './integration-detail.css';

/** One integration: its state, its actions, its settings and what happened to it. */
export function IntegrationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  const integration = useIntegration(id);
  const [rotating, setRotating] = useState(false);
  const rotate = () => setRotating(true);
  // The notice's "Rotate key" button goes away once the rotation is saved; focus then lands on
  // the notice, which now says the last step (revoke the old key).
  const notice = useRef<HTMLElement>(null);
  const back = (
    <button
      type="button"
      className="link-button back-link"
      onClick={() => navigate({ name: 'integrations' })}
    >
      <span aria-hidden="true">← </span>
      {t('detail.back')}
    </button>
  );
  if (!integration) {
    return (
      <section className="page">
        {back}
        <p role="status">{t('detail.notFound')}</p>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="detail-title">
      {back}
      <header className="detail-header">
        <ProviderIcon type={integration.type} size={48} />
        <div className="detail-heading">
          <h1 id="detail-title" ref={heading} tabIndex={-1}>
            {integration.name}
          </h1>
          <p className="muted">
            {PROVIDER_NAMES[integration.type]}
            {integration.credentialHint && (
              <span className="mono"> · {integration.credentialHint}</span>
            )}
          </p>
        </div>
        <StatusBadge status={integration.status} />
      </header>
      <PlaintextKeyNotice integration={integration} onRotate={rotate} ref={notice} />
      <DetailActions integration={integration} onRotate={rotate} />
      <RotateDialog
        integration={integration}
        open={rotating}
        onClose={() => setRotating(false)}
        fallbackFocus={() => notice.current}
      />
      <div className="detail-grid">
        <div className="detail-column">
          <LastTest integration={integration} />
          <SettingsForm integration={integration} onRotate={rotate} />
        </div>
        <div className="detail-column">
          <DetailFacts integration={integration} />
          <ActivityList integration={integration} />
        </div>
      </div>
    </section>
  );
}
