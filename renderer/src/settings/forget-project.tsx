import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context.tsx';
import { Dialog } from '../ui/dialog.tsx';
import { MutationConfirm } from '../ui/mutation-confirm.tsx';
import { useApplySettings } from './use-settings.ts';

/** Forgets the saved project, after a confirmation that says what happens next. */
export function ForgetProject({ host }: { host: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
          {t('settings.forget')}
        </button>
      </div>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('settings.forgetTitle')}>
        <ForgetConfirmation host={host} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function ForgetConfirmation({ host, onClose }: { host: string; onClose: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applySettings = useApplySettings();
  const forget = useMutation({
    mutationFn: () => bridge.settings.clearConnection(),
    onSuccess: (settings) => {
      onClose();
      applySettings(settings);
    },
  });
  return (
    <div className="stack">
      <p>{t('settings.forgetBody', { host })}</p>
      <MutationConfirm
        mutation={forget}
        cancelLabel={t('settings.cancel')}
        onCancel={onClose}
        confirmLabel={t('settings.forgetConfirm')}
        pendingLabel={t('settings.forgetting')}
        tone="danger"
        onConfirm={() => forget.mutate()}
      />
    </div>
  );
}
