import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { useSetEnabled } from '../use-integration-actions.ts';

/**
 * "Disable" / "Enable" (issue #14 §4, §6). Disabling says in one line what it does and asks first;
 * enabling is harmless and happens at once. Either way a toast confirms it with "Undo", which
 * toggles back. The button is never `disabled` while the request runs (a disabled button drops
 * focus to <body>): it stays the same element, focused, and only its words change.
 */
export function EnableToggle({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const toast = useToast();
  const setEnabled = useSetEnabled(integration.id);
  const [confirming, setConfirming] = useState(false);
  const disabled = integration.status === 'disabled';
  const { name } = integration;

  const change = (enabled: boolean) => {
    setEnabled.mutate(enabled, {
      onSuccess: () =>
        toast({
          message: t(enabled ? 'feedback.enabled' : 'feedback.disabled', { name }),
          undo: () =>
            setEnabled.mutate(!enabled, {
              onError: () => toast({ message: t('feedback.undoFailed', { name }) }),
            }),
        }),
    });
  };

  return (
    <>
      <NetworkActionButton
        className="button"
        aria-disabled={setEnabled.isPending || undefined}
        aria-busy={setEnabled.isPending || undefined}
        data-testid="enable-toggle"
        onClick={() => {
          if (setEnabled.isPending) return;
          if (disabled) change(true);
          else setConfirming(true);
        }}
      >
        {disabled ? t('detail.enable') : t('detail.disable')}
      </NetworkActionButton>
      {setEnabled.error && <ErrorMessage error={toAppError(setEnabled.error)} />}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('secrets.disableTitle', { name })}
      >
        <p>{t('secrets.disableBody')}</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-ghost"
            data-autofocus
            onClick={() => setConfirming(false)}
          >
            {t('secrets.disableCancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              // Closed first, so focus is back on the toggle before its words change.
              setConfirming(false);
              change(false);
            }}
          >
            {t('secrets.disableConfirm')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
