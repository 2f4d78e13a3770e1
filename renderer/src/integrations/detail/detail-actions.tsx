import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { OFFLINE_REASON_ID, useNetwork } from '../../session/use-network.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { TestConnectionButton } from '../test-connection-button.tsx';
import { useSetEnabled } from '../use-integration-actions.ts';
import { DeleteDialog } from './delete-dialog.tsx';

interface DetailActionsProps {
  integration: Integration;
  /** Opens the rotate dialog (owned by the page: the settings form opens it too). */
  onRotate: () => void;
}

export function DetailActions({ integration, onRotate }: DetailActionsProps) {
  const { t } = useTranslation();
  const network = useNetwork();
  const setEnabled = useSetEnabled(integration.id);
  const [deleting, setDeleting] = useState(false);
  const disabled = integration.status === 'disabled';
  const offline = {
    disabled: !network.available,
    title: network.reason,
    'aria-describedby': network.available ? undefined : OFFLINE_REASON_ID,
  };
  return (
    <div className="detail-actions">
      <div className="button-row">
        <TestConnectionButton integration={integration} />
        <button type="button" className="button" onClick={onRotate} {...offline}>
          {t('detail.rotate')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setEnabled.mutate(disabled)}
          {...offline}
          disabled={offline.disabled || setEnabled.isPending}
        >
          {disabled ? t('detail.enable') : t('detail.disable')}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => setDeleting(true)}
          {...offline}
        >
          {t('detail.delete')}
        </button>
      </div>
      {setEnabled.error && <ErrorMessage error={toAppError(setEnabled.error)} />}
      <DeleteDialog integration={integration} open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}
