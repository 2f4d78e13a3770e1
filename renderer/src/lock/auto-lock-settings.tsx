import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import type { AutoLockMinutes } from '../../../shared/lock.ts';
import { AUTO_LOCK_MINUTES, autoLockMinutesOf } from '../../../shared/lock.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useSettingsQuery } from '../settings/use-settings.ts';

const NEVER = 'never';

/** "Bloqueo automático" in Settings: the idle minutes, or "Nunca"; kept in main's preferences. */
export function AutoLockSettings() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const preferences = useSettingsQuery().data?.preferences;
  const [pending, setPending] = useState<AutoLockMinutes | null | undefined>(undefined);
  const chosen = pending !== undefined ? pending : autoLockMinutesOf(preferences ?? {});
  const titleId = useId();
  const selectId = useId();
  const hintId = useId();

  const change = (value: string) => {
    const next =
      value === NEVER ? null : (AUTO_LOCK_MINUTES.find((m) => String(m) === value) ?? null);
    setPending(next);
    void bridge.settings
      .setPreferences({ autoLockMinutes: next })
      .then((settings) =>
        queryClient.setQueryData<ResolvedSettings>(queryKeys.settings, (old) =>
          old ? { ...old, preferences: settings.preferences } : settings,
        ),
      )
      .catch(() => undefined /* the choice stays on screen for this session */)
      .finally(() => setPending(undefined));
  };

  return (
    <section className="card" aria-labelledby={titleId} data-testid="auto-lock-settings">
      <h2 id={titleId}>{t('lock.settingsTitle')}</h2>
      <div className="inline-field">
        <label htmlFor={selectId}>{t('lock.settingsLabel')}</label>
        <select
          id={selectId}
          value={chosen === null ? NEVER : String(chosen)}
          aria-describedby={hintId}
          onChange={(event) => change(event.target.value)}
        >
          {AUTO_LOCK_MINUTES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('lock.minutes', { count: minutes })}
            </option>
          ))}
          <option value={NEVER}>{t('lock.never')}</option>
        </select>
      </div>
      <p id={hintId} className="muted small">
        {t('lock.settingsHint')}
      </p>
    </section>
  );
}
