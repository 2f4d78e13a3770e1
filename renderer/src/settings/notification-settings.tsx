import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavedPreference } from './use-saved-preference.ts';
import { SettingsCard } from '../ui/settings-card.tsx';

/**
 * The switch for main's native notification when a key stops working because of use elsewhere
 * (issue #15): on unless switched off, stored with the other preferences in main.
 */
export function NotificationSettings() {
  const { t } = useTranslation();
  const [notifyFailures, change] = useSavedPreference('notifyFailures');
  const checked = notifyFailures !== false;
  const hintId = useId();

  return (
    <SettingsCard title={t('settings.notificationsTitle')} testId="notification-settings">
      <label className="inline-field">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => change(event.target.checked)}
        />
        {t('settings.notifyFailures')}
      </label>
      <p id={hintId} className="muted small">
        {t('settings.notifyFailuresHint')}
      </p>
    </SettingsCard>
  );
}
