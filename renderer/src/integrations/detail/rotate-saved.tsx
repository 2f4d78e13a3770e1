import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts';
import { TestResultView } from '../test-result-view.tsx';

export function RotateSaved({
  test,
  onClose,
}: {
  test: ConnectionTestResult;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const done = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className="stack">
      <p className="notice notice-success" role="status">
        {t('rotate.saved')}
      </p>
      <TestResultView result={test} />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} ref={done}>
          {t('rotate.done')}
        </button>
      </div>
    </div>
  );
}
