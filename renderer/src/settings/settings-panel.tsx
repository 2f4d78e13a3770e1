import { useTranslation } from 'react-i18next';
import { usePageHeadingFocus } from '../layout/navigation.tsx';
import { AutoLockSettings } from '../lock/auto-lock-settings.tsx';
import { SecondFactorSettings } from '../second-factor/second-factor-settings.tsx';
import { ChangePassword } from './change-password.tsx';
import { NotificationSettings } from './notification-settings.tsx';
import { PrepareProject } from './prepare-project.tsx';
import { ProjectSettings } from './project-settings.tsx';
import { AboutSettings } from './about-settings.tsx';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';

/**
 * The Settings screen (sidebar → Settings). Language and theme are not repeated here: they sit
 * in the top bar of every screen, signed in or not.
 */
export function SettingsPanel() {
  const { t } = useTranslation();
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  return (
    <section
      className="page settings-page"
      aria-labelledby="settings-title"
      data-testid="settings-panel"
    >
      <div className="page-header">
        <h1 id="settings-title" ref={heading} tabIndex={-1}>
          {t('settings.title')}
        </h1>
      </div>
      <ProjectSettings />
      <SecondFactorSettings />
      <AutoLockSettings />
      <NotificationSettings />
      <ChangePassword />
      <PrepareProject />
      <SignOutEverywhere />
      <AboutSettings />
    </section>
  );
}
