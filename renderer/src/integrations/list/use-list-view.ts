import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ResolvedSettings } from '../../../../shared/app-settings.ts';
import type { ListView } from '../../../../shared/list-view.ts';
import { DEFAULT_LIST_VIEW } from '../../../../shared/list-view.ts';
import { useBridge } from '../../bridge/bridge-context.tsx';
import { queryKeys } from '../../bridge/query-keys.ts';
import { useSettingsQuery } from '../../settings/use-settings.ts';

/**
 * Sort, density and filters of the list, kept by main with the other UI preferences. A change
 * applies at once and is sent to main; if saving fails it still applies for this session.
 */
export function useListView(): [ListView, (patch: Partial<ListView>) => void] {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const saved = useSettingsQuery().data?.preferences.listView;
  const [chosen, setChosen] = useState<ListView | null>(null);
  const view = chosen ?? saved ?? DEFAULT_LIST_VIEW;
  const change = useCallback(
    (patch: Partial<ListView>) => {
      const next = { ...view, ...patch };
      setChosen(next);
      void bridge.settings
        .setPreferences({ listView: next })
        .then((settings) =>
          queryClient.setQueryData<ResolvedSettings>(queryKeys.settings, (old) =>
            old ? { ...old, preferences: settings.preferences } : settings,
          ),
        )
        .catch(() => undefined /* kept for this session */);
    },
    [view, bridge, queryClient],
  );
  return [view, change];
}
