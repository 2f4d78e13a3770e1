import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { StrictMode, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { AtergesBridge } from '../../../shared/ipc/bridge.ts';
import { BridgeContext } from '../bridge/bridge-context.tsx';
import { PreferencesProvider } from '../preferences/preferences-context.tsx';
import { App } from './app.tsx';
import { FatalErrorScreen } from './fatal-error-screen.tsx';
import { NotConfiguredContext } from './not-configured-context.tsx';
import type { NotConfiguredSignal } from './not-configured-signal.ts';
import { createNotConfiguredSignal } from './not-configured-signal.ts';
import { createAppQueryClient } from './query-client.ts';

interface AppRootProps {
  /** null when the preload did not expose a bridge: a fatal error, never a fake. */
  bridge: AtergesBridge | null;
  i18n: I18n;
  /** Tests pass their own to inspect the cache. */
  queryClient?: QueryClient;
  notConfigured?: NotConfiguredSignal;
}

/** All providers, in one place; the only component main.tsx renders. */
export function AppRoot({ bridge, i18n, ...injected }: AppRootProps) {
  const [notConfigured] = useState(() => injected.notConfigured ?? createNotConfiguredSignal());
  const [queryClient] = useState(() => injected.queryClient ?? createAppQueryClient(notConfigured));
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {bridge ? (
          <BridgeContext value={bridge}>
            <NotConfiguredContext value={notConfigured}>
              <QueryClientProvider client={queryClient}>
                {/* Inside the bridge: language and theme are kept in main's settings. */}
                <PreferencesProvider>
                  <App />
                </PreferencesProvider>
              </QueryClientProvider>
            </NotConfiguredContext>
          </BridgeContext>
        ) : (
          <MissingBridge />
        )}
      </I18nextProvider>
    </StrictMode>
  );
}

function MissingBridge() {
  const { t } = useTranslation();
  return <FatalErrorScreen message={t('fatal.noBridge')} />;
}
