import type { ComponentProps } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_EVENT_TYPES } from '../../../shared/integration.ts';
import type { ActivityKind } from '../../../shared/activity.ts';
import { FilterSelect } from '../ui/filter-select.tsx';
import type { FilterDraft } from './activity-filter.ts';

export interface IntegrationOption {
  id: string;
  name: string;
  deleted: boolean;
}

interface ActivityFiltersProps {
  draft: FilterDraft;
  onChange: (change: Partial<FilterDraft>) => void;
  integrations: readonly IntegrationOption[];
  reversed: boolean;
}

/** Integration, kind of event and a date range (local days, both ends included). */
export function ActivityFilters({ draft, onChange, integrations, reversed }: ActivityFiltersProps) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <div
      className="list-toolbar activity-filters"
      role="search"
      aria-label={t('activity.page.filters')}
    >
      <FilterSelect
        label={t('activity.page.integration')}
        value={draft.integrationId}
        onChange={(integrationId) => onChange({ integrationId })}
        options={[
          { value: '', label: t('activity.page.allIntegrations') },
          ...integrations.map((option) => ({
            value: option.id,
            label: option.deleted
              ? t('activity.page.deletedName', { name: option.name })
              : option.name,
          })),
        ]}
      />
      <FilterSelect<ActivityKind | ''>
        label={t('activity.page.kind')}
        value={draft.kind}
        onChange={(kind) => onChange({ kind })}
        options={[
          { value: '', label: t('activity.page.allKinds') },
          ...INTEGRATION_EVENT_TYPES.map((kind) => ({
            value: kind,
            label: t(`activity.type.${kind}`),
          })),
        ]}
      />
      <DateFilter
        label={t('activity.page.from')}
        value={draft.from}
        max={draft.to || undefined}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <div className="activity-to">
        <DateFilter
          label={t('activity.page.to')}
          value={draft.to}
          aria-invalid={reversed || undefined}
          aria-describedby={reversed ? errorId : undefined}
          onChange={(event) => onChange({ to: event.target.value })}
        />
      </div>
      {reversed && (
        <p id={errorId} className="field-error activity-range-error" role="alert">
          {t('activity.page.rangeReversed')}
        </p>
      )}
    </div>
  );
}

/** A day the range starts or ends on, labelled like the list's other filters. */
function DateFilter({ label, ...input }: { label: string } & ComponentProps<'input'>) {
  return (
    <label className="list-control">
      <span>{label}</span>
      <input type="date" {...input} />
    </label>
  );
}
