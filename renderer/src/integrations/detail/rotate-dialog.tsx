import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { RotateForm } from './rotate-form.tsx';

interface RotateDialogProps {
  integration: Integration;
  open: boolean;
  onClose: () => void;
  /** Where focus goes on close if the button that opened the dialog is gone after a rotation. */
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * New credentials for an integration. While the dialog is open the typed secret stays in the
 * form (so "Save anyway" can resend it); closing unmounts the form and it is gone.
 */
export function RotateDialog({ integration, open, onClose, fallbackFocus }: RotateDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const onBusyChange = useCallback((next: boolean) => setBusy(next), []);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      busy={busy}
      fallbackFocus={fallbackFocus}
      title={t('rotate.title', { name: integration.name })}
    >
      <RotateForm integration={integration} onClose={onClose} onBusyChange={onBusyChange} />
    </Dialog>
  );
}
