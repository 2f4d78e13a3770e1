import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { TestResultView } from '../test-result-view.tsx';
import type { AddPhase } from './use-add-flow.ts';

/** Under the form: the test running, or why it failed and what the dialog offers next. */
export function AddTestStatus({ phase }: { phase: AddPhase }) {
  const { t } = useTranslation();
  if (phase.kind === 'saving' || phase.kind === 'testing') {
    return (
      <p className="notice notice-info" role="status">
        <span className="spinner" aria-hidden="true" />{' '}
        {phase.kind === 'testing' && phase.cancelling
          ? t('addCheck.cancelling')
          : t('addCheck.testing')}
      </p>
    );
  }
  if (phase.kind !== 'failed') return null;
  return (
    <div className="stack add-check-failed" data-testid="add-check-failed">
      <p className="notice notice-warning" role="status">
        {phase.retryCancelled
          ? t('addCheck.retryCancelled')
          : t('addCheck.failedNotice', { name: phase.created.name })}
      </p>
      {phase.test && <TestResultView result={phase.test} />}
      {phase.error && <ErrorMessage error={phase.error} />}
    </div>
  );
}
