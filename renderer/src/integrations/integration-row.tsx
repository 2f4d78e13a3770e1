import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { ProviderIcon } from '../providers/provider-icon.tsx';
import { PROVIDER_NAMES } from '../providers/provider-meta.ts';
import { OpenIntegrationButton } from './open-integration-button.tsx';
import { StatusBadge } from './status-badge.tsx';
import { TestTimes } from './test-times.tsx';
import { TestConnectionButton } from './test-connection-button.tsx';
import { RowPlaintextNotice } from './row-plaintext-notice.tsx';
import { TestResultLine } from './test-result-line.tsx';
import { reasonText } from './test-result-words.ts';

/** One integration in the list (inside its <li>): who, what state, when, and the two everyday actions. */
export const IntegrationRow = memo(function IntegrationRow({
  integration,
}: {
  integration: Integration;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  return (
    <article
      className="integration-row"
      aria-labelledby={nameId}
      data-testid="integration-row"
      data-integration-name={integration.name}
      data-status={integration.status}
    >
      <ProviderIcon type={integration.type} size={40} />
      <div className="row-main">
        <div className="row-title">
          <h3 id={nameId}>{integration.name}</h3>
          <StatusBadge status={integration.status} />
        </div>
        <p className="muted small">
          {PROVIDER_NAMES[integration.type]}
          {integration.credentialHint && (
            <>
              {' · '}
              <span className="mono" aria-label={t('row.identity')}>
                {integration.credentialHint}
              </span>
            </>
          )}
        </p>
        {integration.status === 'error' && (
          <p className="row-error">{reasonText(t, integration.errorCode, integration)}</p>
        )}
        <TestResultLine integration={integration} />
        <RowPlaintextNotice integration={integration} />
      </div>
      <dl className="row-times small">
        <TestTimes integration={integration} />
      </dl>
      <div className="row-actions">
        <TestConnectionButton integration={integration} />
        <OpenIntegrationButton
          id={integration.id}
          className="button button-ghost"
          label={t('row.manageLabel', { name: integration.name })}
        >
          {t('row.manage')}
        </OpenIntegrationButton>
      </div>
    </article>
  );
});
