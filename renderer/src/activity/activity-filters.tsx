import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_EVENT_TYPES } from '../../../shared/integration.ts';
import type { ActivityKind } from '../../../shared/activity.ts';
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
      <label className="list-control">
        <span>{t('activity.page.integration')}</span>
        <select
          value={draft.integrationId}
          onChange={(event) => onChange({ integrationId: event.target.value })}
        >
          <option value="">{t('activity.page.allIntegrations')}</option>
          {integrations.map((option) => (
            <option key={option.id} value={option.id}>
              {option.deleted ? t('activity.page.deletedName', { name: option.name }) : option.name}
            </option>
          ))}
        </select>
      </label>
      <label className="list-control">
        <span>{t('activity.page.kind')}</span>
        <select
          value={draft.kind}
          onChange={(event) => onChange({ kind: event.target.value as ActivityKind | '' })}
        >
          <option value="">{t('activity.page.allKinds')}</option>
          {INTEGRATION_EVENT_TYPES.map((kind) => (
            <option key={kind} value={kind}>
              {t(`activity.type.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="list-control">
        <span>{t('activity.page.from')}</span>
        <input
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(event) => onChange({ from: event.target.value })}
        />
      </label>
      <div className="activity-to">
        <label className="list-control">
          <span>{t('activity.page.to')}</span>
          <input
            type="date"
            value={draft.to}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? errorId : undefined}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        </label>
      </div>
      {reversed && (
        <p id={errorId} className="field-error activity-range-error" role="alert">
          {t('activity.page.rangeReversed')}
        </p>
      )}
    </div>
  );
}
