import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { TestResultView } from '../test-result-view.tsx';
import { useLastTestResult } from '../use-integrations.ts';

export function LastTest({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const result = useLastTestResult(integration.id);
  return (
    <section className="card" aria-labelledby="last-test-title">
      <h2 id="last-test-title">{t('detail.lastTestTitle')}</h2>
      {!result && integration.status === 'error' && integration.errorMessage && (
        <p className="row-error" lang="en">
          {integration.errorMessage}
        </p>
      )}
      {result ? (
        <TestResultView result={result} />
      ) : (
        <p className="muted">{t('detail.noTestYet')}</p>
      )}
    </section>
  );
}
