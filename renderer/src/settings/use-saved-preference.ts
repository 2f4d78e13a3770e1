import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ResolvedSettings, UiPreferences } from '../../../shared/app-settings.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useSettingsQuery } from './use-settings.ts';

/**
 * One of the preferences main stores, as a Settings control changes it: the new choice shows at
 * once while main saves it, and main's answer goes into the cached settings. The auto-lock and
 * notification settings had each written this out. The value is undefined while absent (each
 * preference has its own default) or still loading.
 */
export function useSavedPreference<K extends keyof UiPreferences>(
  key: K,
): [UiPreferences[K] | undefined, (next: UiPreferences[K]) => void] {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const stored = useSettingsQuery().data?.preferences[key];
  const [pending, setPending] = useState<{ value: UiPreferences[K] } | null>(null);

  const change = (next: UiPreferences[K]) => {
    setPending({ value: next });
    void bridge.settings
      .setPreferences({ [key]: next })
      .then((settings) =>
        queryClient.setQueryData<ResolvedSettings>(queryKeys.settings, (old) =>
          old ? { ...old, preferences: settings.preferences } : settings,
        ),
      )
      .catch(() => undefined /* the choice stays on screen for this session */)
      .finally(() => setPending(null));
  };
  return [pending ? pending.value : stored, change];
}
