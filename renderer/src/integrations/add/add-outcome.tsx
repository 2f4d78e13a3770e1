import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts';
import { TestResultView } from '../test-result-view.tsx';
import type { CreateOutcome } from './use-create-integration.ts';

interface AddOutcomeProps {
  outcome: Extract<CreateOutcome, { kind: 'saved' }>;
  onDone: () => void;
  onAddAnother: () => void;
}

/** After saving: what was saved and, with "Save and verify", how the test went. */
export function AddOutcome({ outcome, onDone, onAddAnother }: AddOutcomeProps) {
  const { t } = useTranslation();
  const done = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className="stack">
      <p className="notice notice-success" role="status">
        {t('add.savedTitle', { name: outcome.name })}
      </p>
      {outcome.test ? (
        <TestResultView result={outcome.test} />
      ) : (
        <p className="muted">{t('add.savedUnverified')}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onAddAnother}>
          {t('add.addAnother')}
        </button>
        <button type="button" className="button button-primary" onClick={onDone} ref={done}>
          {t('add.done')}
        </button>
      </div>
    </div>
  );
}
