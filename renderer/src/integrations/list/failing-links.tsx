import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../layout/navigation.tsx';
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
  const { navigate } = useNavigation();
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
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ name: 'integration', id: integration.id })}
            >
              {integration.name}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onShowAll}>
        {t('listView.showFailing', { count: ids.length })}
      </button>
    </div>
  );
}
