import { useTranslation } from 'react-i18next';
import { OpenIntegrationButton } from '../open-integration-button.tsx';
import { useIntegrationList } from '../use-integrations.ts';

/** At most this many names are listed; "Show the N failing" filters the list to all of them. */
const LISTED = 5;

/** Under the "Test all" summary: the failing integrations by name, each a way to its page. */
export function FailingLinks({
  ids,
  onShowAll,
}: {
  ids: readonly string[];
  onShowAll: () => void;
}) {
  const { t } = useTranslation();
  const byId = new Map(
    (useIntegrationList().data?.integrations ?? []).map((integration) => [
      integration.id,
      integration,
    ]),
  );
  const named = ids.flatMap((id) => byId.get(id) ?? []).slice(0, LISTED);
  return (
    <div className="failing-links">
      <ul aria-label={t('listView.failingList')}>
        {named.map((integration) => (
          <li key={integration.id}>
            <OpenIntegrationButton id={integration.id} className="link-button">
              {integration.name}
            </OpenIntegrationButton>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onShowAll}>
        {t('listView.showFailing', { count: ids.length })}
      </button>
    </div>
  );
}
