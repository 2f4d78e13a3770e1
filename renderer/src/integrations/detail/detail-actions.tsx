import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
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
  const setEnabled = useSetEnabled(integration.id);
  const [deleting, setDeleting] = useState(false);
  const disabled = integration.status === 'disabled';
  return (
    <div className="detail-actions">
      <div className="button-row">
        <TestConnectionButton integration={integration} />
        <NetworkActionButton className="button" onClick={onRotate}>
          {t('detail.rotate')}
        </NetworkActionButton>
        <NetworkActionButton
          className="button"
          onClick={() => setEnabled.mutate(disabled)}
          disabled={setEnabled.isPending}
        >
          {disabled ? t('detail.enable') : t('detail.disable')}
        </NetworkActionButton>
        <NetworkActionButton className="button button-danger" onClick={() => setDeleting(true)}>
          {t('detail.delete')}
        </NetworkActionButton>
      </div>
      {setEnabled.error && <ErrorMessage error={toAppError(setEnabled.error)} />}
      <DeleteDialog integration={integration} open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}
