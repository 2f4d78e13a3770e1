import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts';
import { TestResultView } from '../test-result-view.tsx';
import type { AddPhase } from './use-add-flow.ts';

interface AddOutcomeProps {
  outcome: Extract<AddPhase, { kind: 'finished' }>;
  onDone: () => void;
  onAddAnother: () => void;
}

/**
 * How the dialog ended. "Saved" only for a passed test or "Keep anyway"; "Save" without a test
 * and a cancelled test say plainly that nothing was verified.
 */
export function AddOutcome({ outcome, onDone, onAddAnother }: AddOutcomeProps) {
  const { t } = useTranslation();
  const done = useFocusOnMount<HTMLButtonElement>();
  const { finish, name } = outcome;
  return (
    <div className="stack" data-testid="add-outcome" data-finish={finish}>
      {finish === 'verified' || finish === 'kept' ? (
        <p className="notice notice-success" role="status">
          <strong>{t('addCheck.savedTitle')}</strong> {t(`addCheck.${finish}`, { name })}
        </p>
      ) : finish === 'cancelled' ? (
        <p className="notice notice-info" role="status">
          <strong>{t('addCheck.cancelledTitle')}</strong> {t('addCheck.cancelled', { name })}
        </p>
      ) : (
        <>
          <p className="notice notice-success" role="status">
            {t('add.savedTitle', { name })}
          </p>
          <p className="muted">{t('add.savedUnverified')}</p>
        </>
      )}
      {outcome.test && <TestResultView result={outcome.test} />}
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
