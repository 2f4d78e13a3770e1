import { useEffect, useMemo, useState } from 'react';
import type { SessionState } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { ActivityPage } from '../activity/activity-page.tsx';
import { IntegrationDetail } from '../integrations/detail/integration-detail.tsx';
import { IntegrationsPage } from '../integrations/integrations-page.tsx';
import { SettingsPanel } from '../settings/settings-panel.tsx';
import { KeychainBanner } from './keychain-banner.tsx';
import type { View } from './navigation.tsx';
import { NavigationContext } from './navigation.tsx';
import { OfflineBanner } from './offline-banner.tsx';
import { SchemaBanner } from './schema-banner.tsx';
import { SessionNoticeBanner } from './session-notice-banner.tsx';
import { Sidebar } from './sidebar.tsx';
import { TopBar } from './top-bar.tsx';
import { ToastProvider } from '../ui/toasts.tsx';
import './app-shell.css';

/** The signed-in layout: sidebar, banners, and the current view. */
export function AppShell({ session }: { session: SessionState }) {
  const [view, navigate] = useState<View>({ name: 'integrations' });
  const navigation = useMemo(() => ({ view, navigate }), [view]);
  const bridge = useBridge();
  // A click on main's notification that a key stopped working opens that integration.
  useEffect(
    () => bridge.on('integrations:open', ({ id }) => navigate({ name: 'integration', id })),
    [bridge],
  );
  return (
    <NavigationContext value={navigation}>
      <ToastProvider>
        <div className="shell">
          <Sidebar session={session} />
          <div className="shell-main">
            <TopBar />
            <OfflineBanner />
            <KeychainBanner keychain={session.keychain} />
            <SessionNoticeBanner notice={session.notice} />
            <SchemaBanner session={session} />
            <main className="content">
              {view.name === 'integrations' && <IntegrationsPage />}
              {view.name === 'integration' && <IntegrationDetail key={view.id} id={view.id} />}
              {view.name === 'activity' && <ActivityPage />}
              {view.name === 'settings' && <SettingsPanel />}
            </main>
          </div>
        </div>
      </ToastProvider>
    </NavigationContext>
  );
}
