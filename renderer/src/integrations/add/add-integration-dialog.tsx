import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../../shared/providers.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { AddIntegrationForm } from './add-integration-form.tsx';
import { AddOutcome } from './add-outcome.tsx';
import { ProviderPicker } from './provider-picker.tsx';
import type { CreateOutcome } from './use-create-integration.ts';
import './add-integration.css';

type Saved = Extract<CreateOutcome, { kind: 'saved' }>;

/** "Nueva Integración": pick a provider, fill its fields, save (and verify). */
export function AddIntegrationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ProviderType>('openai');
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setSaved(null);
    onClose();
  };
  const onBusyChange = useCallback((next: boolean) => setBusy(next), []);
  return (
    <Dialog open={open} onClose={close} title={t('add.title')} busy={busy}>
      {saved ? (
        <AddOutcome outcome={saved} onDone={close} onAddAnother={() => setSaved(null)} />
      ) : (
        <div className="stack">
          <ProviderPicker value={type} onChange={setType} disabled={busy} />
          {/* Keyed by provider: switching providers discards what was typed for the other one. */}
          <AddIntegrationForm
            key={type}
            type={type}
            onSaved={setSaved}
            onCancel={close}
            onBusyChange={onBusyChange}
          />
        </div>
      )}
    </Dialog>
  );
}
