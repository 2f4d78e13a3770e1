import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { useNavigation } from '../layout/navigation.tsx';
import { PROVIDER_NAMES } from '../providers/provider-meta.ts';
import { needsPlaintextRotation } from './plaintext-key.ts';
import './plaintext-key-notice.css';

/**
 * In a list row: this key was once stored unencrypted and should be rotated. The button leads to
 * the integration's page, where the rotation happens and the steps are explained in full.
 */
export function RowPlaintextNotice({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
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
      <button
        type="button"
        className="link-button"
        aria-label={t('plaintextKey.rotateLabel', { name: integration.name })}
        onClick={() => navigate({ name: 'integration', id: integration.id })}
      >
        {t('plaintextKey.rotate')}
      </button>
    </div>
  );
}
