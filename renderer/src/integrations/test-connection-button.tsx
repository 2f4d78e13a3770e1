import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { toAppError } from '../bridge/app-error.ts';
import { NetworkActionButton } from '../session/network-action-button.tsx';
import { MutationButton } from '../ui/mutation-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { TestElapsed } from './test-elapsed.tsx';
import { useTestIntegration } from './use-integration-actions.ts';

/** "Test connection", and "Cancel test" while one runs. */
export function TestConnectionButton({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const { test, cancel, running, testingAll } = useTestIntegration(integration.id);
  if (running) {
    return (
      <span className="button-group">
        <button type="button" className="button" disabled aria-busy="true">
          <span className="spinner" aria-hidden="true" />
          {t('row.testing')}
        </button>
        <TestElapsed id={integration.id} />
        <MutationButton className="button button-ghost" mutation={cancel}>
          {t('row.cancelTest')}
        </MutationButton>
      </span>
    );
  }
  const error = test.error ? toAppError(test.error) : null;
  return (
    <>
      <NetworkActionButton
        className="button"
        onClick={() => test.mutate()}
        disabled={integration.status === 'disabled' || testingAll}
      >
        {t('row.test')}
      </NetworkActionButton>
      {error && error.code !== 'cancelled' && <ErrorMessage error={error} />}
    </>
  );
}
