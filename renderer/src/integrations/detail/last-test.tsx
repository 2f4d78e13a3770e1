import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { TestResultView } from '../test-result-view.tsx';
import { reasonText } from '../test-result-words.ts';
import { useLastTestResult } from '../use-integrations.ts';

export function LastTest({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const result = useLastTestResult(integration.id);
  return (
    <section className="card" aria-labelledby="last-test-title">
      <h2 id="last-test-title">{t('detail.lastTestTitle')}</h2>
      {!result && integration.status === 'error' && (
        <p className="row-error">{reasonText(t, integration.errorCode, integration)}</p>
      )}
      {result ? (
        <TestResultView result={result} integration={integration} />
      ) : (
        <p className="muted">{t('detail.noTestYet')}</p>
      )}
    </section>
  );
}
