import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useSignOut } from '../session/use-session.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { Brand } from './brand.tsx';
import { useNavigation } from './navigation.tsx';
import { ActivityIcon, KeysIcon, SettingsIcon, SignOutIcon } from './nav-icons.tsx';

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
              <KeysIcon />
              <span className="nav-label">{t('nav.integrations')}</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={view.name === 'activity' ? 'page' : undefined}
              onClick={() => navigate({ name: 'activity' })}
            >
              <ActivityIcon />
              <span className="nav-label">{t('nav.activity')}</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={view.name === 'settings' ? 'page' : undefined}
              onClick={() => navigate({ name: 'settings' })}
            >
              <SettingsIcon />
              <span className="nav-label">{t('nav.settings')}</span>
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
          <SignOutIcon />
          <span className="nav-label">{t('header.signOut')}</span>
        </button>
        {signOut.error && <ErrorMessage error={toAppError(signOut.error)} />}
      </div>
    </aside>
  );
}
