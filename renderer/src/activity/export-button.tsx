import { useTranslation } from 'react-i18next';
import type { ActivityFilter } from '../../../shared/activity.ts';
import { toAppError } from '../bridge/app-error.ts';
import { NetworkActionButton } from '../session/network-action-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { formatCount } from '../ui/format-count.ts';
import { useToast } from '../ui/toasts.tsx';
import { useActivityExport } from './use-activity.ts';

/**
 * "Exportar CSV": every event that matches the current filter, all pages. Main shows the save
 * dialog and writes the file; a cancelled dialog ends quietly, a saved file says how many rows.
 */
export function ExportButton({ filter, disabled }: { filter: ActivityFilter; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const exporting = useActivityExport();
  const run = () =>
    exporting.mutate(filter, {
      onSuccess: ({ saved, rows }) => {
        if (!saved) return;
        const words = t('activity.page.exported', {
          count: rows,
          rows: formatCount(rows, i18n.language),
        });
        toast({ message: words });
      },
    });
  return (
    <div className="activity-export">
      <NetworkActionButton
        className="button"
        onClick={run}
        disabled={disabled || exporting.isPending}
        aria-busy={exporting.isPending}
      >
        {exporting.isPending ? t('activity.page.exporting') : t('activity.page.export')}
      </NetworkActionButton>
      {exporting.isError && toAppError(exporting.error).code !== 'cancelled' && (
        <div className="small">
          <p>{t('activity.page.exportFailed')}</p>
          <ErrorMessage error={toAppError(exporting.error)} />
        </div>
      )}
    </div>
  );
}
