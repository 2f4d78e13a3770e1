import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useSignOut } from '../session/use-session.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { Brand } from './brand.tsx';
import { useNavigation } from './navigation.tsx';
import { NavIcon } from './nav-icons.tsx';

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
          <NavItem
            current={onIntegrations}
            onClick={() => navigate({ name: 'integrations' })}
            icon={<NavIcon name="keys" />}
            label={t('nav.integrations')}
          />
          <NavItem
            current={view.name === 'activity'}
            onClick={() => navigate({ name: 'activity' })}
            icon={<NavIcon name="activity" />}
            label={t('nav.activity')}
          />
          <NavItem
            current={view.name === 'settings'}
            onClick={() => navigate({ name: 'settings' })}
            icon={<NavIcon name="settings" />}
            label={t('nav.settings')}
          />
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
          <NavIcon name="signOut" />
          <span className="nav-label">{t('header.signOut')}</span>
        </button>
        {signOut.error && <ErrorMessage error={toAppError(signOut.error)} />}
      </div>
    </aside>
  );
}

/** One destination: its icon always, its word as the name (shown beside it in a wide window). */
function NavItem({
  current,
  onClick,
  icon,
  label,
}: {
  current: boolean;
  onClick: () => void;
  icon: React.ReactNode;
  label: string;
}) {
  return (
    <li>
      <button
        type="button"
        className="nav-item"
        aria-current={current ? 'page' : undefined}
        onClick={onClick}
      >
        {icon}
        <span className="nav-label">{label}</span>
      </button>
    </li>
  );
}
