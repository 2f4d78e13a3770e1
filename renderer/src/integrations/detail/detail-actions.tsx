import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import { TestConnectionButton } from '../test-connection-button.tsx';
import { EnableToggle } from './enable-toggle.tsx';
import { DeleteDialog } from './delete-dialog.tsx';

interface DetailActionsProps {
  integration: Integration;
  /** Opens the rotate dialog (owned by the page: the settings form opens it too). */
  onRotate: () => void;
}

export function DetailActions({ integration, onRotate }: DetailActionsProps) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState(false);
  return (
    <div className="detail-actions">
      <div className="button-row">
        <TestConnectionButton integration={integration} />
        <NetworkActionButton className="button" onClick={onRotate}>
          {t('detail.rotate')}
        </NetworkActionButton>
        <EnableToggle integration={integration} />
        <NetworkActionButton className="button button-danger" onClick={() => setDeleting(true)}>
          {t('detail.delete')}
        </NetworkActionButton>
      </div>
      <DeleteDialog integration={integration} open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}
