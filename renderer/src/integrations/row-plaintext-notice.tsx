import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { PROVIDER_NAMES } from '../providers/provider-meta.ts';
import { OpenIntegrationButton } from './open-integration-button.tsx';
import { needsPlaintextRotation } from './plaintext-key.ts';
import './plaintext-key-notice.css';

/**
 * In a list row: this key was once stored unencrypted and should be rotated. The button leads to
 * the integration's page, where the rotation happens and the steps are explained in full.
 */
export function RowPlaintextNotice({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const titleId = useId();
  const stepsId = useId();
  if (!needsPlaintextRotation(integration)) return null;
  // role=note, not a region: one landmark per row would crowd the landmark list.
  return (
    <div
      className="plaintext-notice plaintext-notice-compact"
      role="note"
      aria-labelledby={titleId}
      aria-describedby={stepsId}
      data-testid="plaintext-notice"
    >
      <div className="plaintext-notice-text">
        <strong id={titleId} className="plaintext-notice-title">
          {t('plaintextKey.title')}
        </strong>
        <span id={stepsId}>
          {t('plaintextKey.rowSteps', { provider: PROVIDER_NAMES[integration.type] })}
        </span>
      </div>
      <OpenIntegrationButton
        id={integration.id}
        className="link-button"
        label={t('plaintextKey.rotateLabel', { name: integration.name })}
      >
        {t('plaintextKey.rotate')}
      </OpenIntegrationButton>
    </div>
  );
}
