import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../../shared/providers.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { AddIntegrationForm } from './add-integration-form.tsx';
import { AddOutcome } from './add-outcome.tsx';
import { ProviderPicker } from './provider-picker.tsx';
import { useAddFlow } from './use-add-flow.ts';
import './add-integration.css';

/** "Nueva Integración": pick a provider, fill its fields, save (and verify). */
export function AddIntegrationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ProviderType>('openai');
  const flow = useAddFlow();
  const { phase } = flow;
  const close = () => {
    flow.reset();
    onClose();
  };
  // While the test runs, Cancel, × and Escape stop it: the integration stays, unverified.
  // After a failed test, × and Escape close and keep it as stored (status Error).
  const keyFileHeldRef = useRef<() => boolean>(() => false);
  const [askDiscard, setAskDiscard] = useState(false);
  const requestClose = () => {
    if (phase.kind === 'saving' || phase.kind === 'testing') flow.cancel();
    // A pasted or dropped key file is not thrown away by one stray Escape (issue #14 §6).
    else if (phase.kind === 'editing' && keyFileHeldRef.current()) setAskDiscard(true);
    else close();
  };
  return (
    <Dialog
      open={open}
      onClose={requestClose}
      title={t('add.title')}
      busy={phase.kind === 'discarding'}
    >
      {phase.kind === 'finished' ? (
        <AddOutcome outcome={phase} onDone={close} onAddAnother={flow.reset} />
      ) : (
        <div className="stack">
          {/* Once stored, the provider is fixed: a retry rotates that integration's key. */}
          <ProviderPicker value={type} onChange={setType} disabled={phase.kind !== 'editing'} />
          {/* Keyed by provider: switching providers discards what was typed for the other one. */}
          <AddIntegrationForm
            key={type}
            type={type}
            flow={flow}
            onCancel={requestClose}
            onDiscarded={close}
            keyFileHeldRef={keyFileHeldRef}
          />
          {askDiscard && (
            <div
              className="notice notice-warning"
              role="alertdialog"
              aria-label={t('secrets.discardTitle')}
            >
              <p>
                <strong>{t('secrets.discardTitle')}</strong> {t('secrets.discardBody')}
              </p>
              <div className="dialog-actions">
                <button
                  type="button"
                  className="button button-ghost"
                  autoFocus
                  onClick={() => setAskDiscard(false)}
                >
                  {t('secrets.keepEditing')}
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => {
                    setAskDiscard(false);
                    close();
                  }}
                >
                  {t('secrets.discard')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
