import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useSettingsQuery } from './use-settings.ts';

/**
 * The switch for main's native notification when a key stops working because of use elsewhere
 * (issue #15): on unless switched off, stored with the other preferences in main.
 */
export function NotificationSettings() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const stored = useSettingsQuery().data?.preferences.notifyFailures;
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? stored !== false;
  const titleId = useId();
  const hintId = useId();

  const change = (next: boolean) => {
    setPending(next);
    void bridge.settings
      .setPreferences({ notifyFailures: next })
      .then((settings) =>
        queryClient.setQueryData<ResolvedSettings>(queryKeys.settings, (old) =>
          old ? { ...old, preferences: settings.preferences } : settings,
        ),
      )
      .catch(() => undefined /* the choice stays on screen for this session */)
      .finally(() => setPending(null));
  };

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
