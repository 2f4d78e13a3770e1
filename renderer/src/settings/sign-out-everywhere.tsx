import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../bridge/app-error.ts';
import { ConfirmActions } from '../ui/confirm-actions.tsx';
import { useBridge } from '../bridge/bridge-context.tsx';
import { NetworkActionButton } from '../session/network-action-button.tsx';
import { useApplySession } from '../session/use-session.ts';
import { Dialog } from '../ui/dialog.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { SettingsCard } from '../ui/settings-card.tsx';

/**
 * "Sign out on all devices" (issue #14 §7), after a confirmation. Needs the server: main refuses
 * it offline rather than signing out only here, and the error says so.
 */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const apply = useApplySession();
  const [confirming, setConfirming] = useState(false);
  const signOut = useMutation({
    mutationFn: () => bridge.session.signOutEverywhere(),
    onSuccess: apply,
  });
  return (
    <SettingsCard title={t('about.sessionsTitle')} testId="sessions-settings">
      <p className="muted small">{t('about.signOutEverywhereHint')}</p>
      <div className="button-row">
        <NetworkActionButton className="button button-danger" onClick={() => setConfirming(true)}>
          {t('about.signOutEverywhere')}
        </NetworkActionButton>
      </div>
      {signOut.error && <ErrorMessage error={toAppError(signOut.error)} />}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        busy={signOut.isPending}
        title={t('about.signOutEverywhereTitle')}
      >
        <p>{t('about.signOutEverywhereBody')}</p>
        <ConfirmActions
          cancelLabel={t('about.cancel')}
          onCancel={() => setConfirming(false)}
          confirmLabel={t('about.signOutEverywhereConfirm')}
          pendingLabel={t('about.signingOutEverywhere')}
          pending={signOut.isPending}
          tone="danger"
          focusCancel
          onConfirm={() => signOut.mutate(undefined, { onSettled: () => setConfirming(false) })}
        />
      </Dialog>
    </SettingsCard>
  );
}
