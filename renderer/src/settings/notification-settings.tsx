import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavedPreference } from './use-saved-preference.ts';

/**
 * The switch for main's native notification when a key stops working because of use elsewhere
 * (issue #15): on unless switched off, stored with the other preferences in main.
 */
export function NotificationSettings() {
  const { t } = useTranslation();
  const [notifyFailures, change] = useSavedPreference('notifyFailures');
  const checked = notifyFailures !== false;
  const titleId = useId();
  const hintId = useId();

  return (
    <section className="card" aria-labelledby={titleId} data-testid="notification-settings">
      <h2 id={titleId}>{t('settings.notificationsTitle')}</h2>
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
    </section>
  );
}
