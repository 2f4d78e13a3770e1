import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_MINUTES, autoLockMinutesOf } from '../../../shared/lock.ts';
import { useSavedPreference } from '../settings/use-saved-preference.ts';
import { InlineSelect } from '../ui/inline-select.tsx';
import { SettingsCard } from '../ui/settings-card.tsx';

const NEVER = 'never';

/** "Bloqueo automático" in Settings: the idle minutes, or "Nunca"; kept in main's preferences. */
export function AutoLockSettings() {
  const { t } = useTranslation();
  const [stored, save] = useSavedPreference('autoLockMinutes');
  const chosen = autoLockMinutesOf({ autoLockMinutes: stored });
  const hintId = useId();

  const change = (value: string) =>
    save(value === NEVER ? null : (AUTO_LOCK_MINUTES.find((m) => String(m) === value) ?? null));

  return (
    <SettingsCard title={t('lock.settingsTitle')} testId="auto-lock-settings">
      <InlineSelect
        label={t('lock.settingsLabel')}
        value={chosen === null ? NEVER : String(chosen)}
        describedBy={hintId}
        onChange={change}
        options={[
          ...AUTO_LOCK_MINUTES.map((minutes) => ({
            value: String(minutes),
            label: t('lock.minutes', { count: minutes }),
          })),
          { value: NEVER, label: t('lock.never') },
        ]}
      />
      <p id={hintId} className="muted small">
        {t('lock.settingsHint')}
      </p>
    </SettingsCard>
  );
}
