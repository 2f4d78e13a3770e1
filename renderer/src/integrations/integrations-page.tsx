import { useState } from 'react';
import type { Integration } from '../../../shared/integration.ts';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../bridge/app-error.ts';
import { usePageHeadingFocus } from '../layout/navigation.tsx';
import { NetworkActionButton } from '../session/network-action-button.tsx';
import { LoadFailed, Loading } from '../ui/load-states.tsx';
import { AddIntegrationDialog } from './add/add-integration-dialog.tsx';
import { EmptyState } from './empty-state.tsx';
import { IntegrationList } from './integration-list.tsx';
import { ListToolbar } from './list/list-toolbar.tsx';
import { NoMatch } from './list/no-match.tsx';
import { useShownIntegrations } from './list/use-shown-integrations.ts';
import { TestAllButton, TestAllProgressBar, TestAllSummary } from './test-all.tsx';
import { useTestAll } from './use-integration-actions.ts';
import { useIntegrationList } from './use-integrations.ts';
import './integrations.css';
import './list/list-view.css';

const EMPTY: readonly Integration[] = [];

export function IntegrationsPage() {
  const { t } = useTranslation();
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  const list = useIntegrationList();
  const testAll = useTestAll();
  const [adding, setAdding] = useState(false);
  const integrations = list.data?.integrations ?? EMPTY;
  const shown = useShownIntegrations(integrations);

  return (
    <section className="page" aria-labelledby="integrations-title">
      <div className="page-header">
        <h1 id="integrations-title" ref={heading} tabIndex={-1}>
          {t('integrations.title')}
        </h1>
        <div className="page-actions">
          <TestAllButton testAll={testAll} disabled={integrations.length === 0} />
          <NetworkActionButton className="button button-primary" onClick={() => setAdding(true)}>
            <span aria-hidden="true">+ </span>
            {t('integrations.add')}
          </NetworkActionButton>
        </div>
      </div>
      <TestAllProgressBar testAll={testAll} />
      <TestAllSummary testAll={testAll} onShowFailing={shown.showFailing} />
      {integrations.length > 0 && (
        <ListToolbar
          search={shown.search}
          onSearch={shown.setSearch}
          view={shown.view}
          onView={shown.changeView}
          shown={shown.shown.length}
          total={integrations.length}
        />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadFailed
          what={t('integrations.loadFailed')}
          error={toAppError(list.error)}
          onRetry={() => void list.refetch()}
        />
      ) : integrations.length === 0 ? (
        <EmptyState onAdd={() => setAdding(true)} />
      ) : shown.shown.length === 0 && shown.filtered ? (
        <NoMatch
          search={shown.search}
          view={shown.view}
          total={integrations.length}
          onClear={shown.clear}
        />
      ) : (
        <IntegrationList integrations={shown.shown} density={shown.view.density} />
      )}
      <AddIntegrationDialog open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}
