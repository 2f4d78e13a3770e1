import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useSignOut } from '../session/use-session.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { Brand } from './brand.tsx';
import { useNavigation } from './navigation.tsx';

export function Sidebar({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const { view, navigate } = useNavigation();
  const signOut = useSignOut();
  const onIntegrations = view.name === 'integrations' || view.name === 'integration';
  return (
    <aside className="sidebar">
      <Brand />
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={onIntegrations ? 'page' : undefined}
              onClick={() => navigate({ name: 'integrations' })}
            >
              {t('nav.integrations')}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={view.name === 'settings' ? 'page' : undefined}
              onClick={() => navigate({ name: 'settings' })}
            >
              {t('nav.settings')}
            </button>
          </li>
        </ul>
      </nav>
      <div className="sidebar-footer">
        {session.user?.email && (
          <p className="small signed-in-as">
            <span className="muted">{t('header.signedInAs')}</span>
            <span title={session.user.email}>{session.user.email}</span>
          </p>
        )}
        <button
          type="button"
          className="button button-ghost"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {t('header.signOut')}
        </button>
        {signOut.error && <ErrorMessage error={toAppError(signOut.error)} />}
      </div>
    </aside>
  );
}
