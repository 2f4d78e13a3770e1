import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { NetworkActionButton } from '../session/network-action-button.tsx';
import { useApplySession } from '../session/use-session.ts';
import { Dialog } from '../ui/dialog.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';

/**
 * "Sign out on all devices" (issue #14 §7), after a confirmation. Needs the server: main refuses
 * it offline rather than signing out only here, and the error says so.
 */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const apply = useApplySession();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const signOut = useMutation({
    mutationFn: () => bridge.session.signOutEverywhere(),
    onSuccess: apply,
  });
  return (
    <section className="card" aria-labelledby={titleId} data-testid="sessions-settings">
      <h2 id={titleId}>{t('about.sessionsTitle')}</h2>
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
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-ghost"
            data-autofocus
            onClick={() => setConfirming(false)}
            disabled={signOut.isPending}
          >
            {t('about.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => setConfirming(false) })}
          >
            {signOut.isPending
              ? t('about.signingOutEverywhere')
              : t('about.signOutEverywhereConfirm')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
