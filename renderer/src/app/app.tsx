import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeAppError } from '../ui/describe-app-error.ts';
import { hasErrorCode, toAppError } from '../bridge/app-error.ts';
import { useBridgeEvents } from '../bridge/use-bridge-events.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { UnlockScreen } from '../lock/unlock-screen.tsx';
import { useLockQuery, useRenderOnLockChange } from '../lock/use-lock.ts';
import { SecondFactorScreen } from '../second-factor/second-factor-screen.tsx';
import { AuthScreen } from '../session/auth-screen.tsx';
import { NewPasswordScreen } from '../session/new-password-screen.tsx';
import { NotConfiguredScreen } from '../session/not-configured-screen.tsx';
import { useSessionQuery } from '../session/use-session.ts';
import { FatalErrorScreen } from './fatal-error-screen.tsx';
import { useNotConfiguredSignal } from './not-configured-context.tsx';
import { useNotConfigured } from './not-configured-signal.ts';
import { SplashScreen } from './splash-screen.tsx';

/**
 * Picks the screen from the session: restoring, not configured, signed out, locked or signed in.
 */
export function App() {
  const { t, i18n } = useTranslation();
  useBridgeEvents();
  useRenderOnLockChange();
  const queryClient = useQueryClient();
  const signal = useNotConfiguredSignal();
  const notConfigured = useNotConfigured(signal);
  const session = useSessionQuery();
  const lock = useLockQuery(session.data?.status === 'signed_in');

  if (notConfigured || hasErrorCode(session.error, 'not_configured')) {
    return (
      <NotConfiguredScreen
        reason={signal.reason() ?? (session.error ? toAppError(session.error).reason : null)}
        onRetry={() => {
          signal.clear();
          void queryClient.invalidateQueries();
        }}
      />
    );
  }
  if (session.isPending) return <SplashScreen message={t('app.loading')} />;
  if (session.isError) {
    return (
      <FatalErrorScreen
        message={t('fatal.sessionFailed')}
        detail={describeAppError(t, i18n, toAppError(session.error))}
        onRetry={() => void session.refetch()}
      />
    );
  }
  const state = session.data;
  if (state.status === 'restoring') return <SplashScreen message={t('app.restoring')} />;
  if (state.status === 'signed_out') return <AuthScreen session={state} />;
  // Locked (or not known yet): nothing of the account shows, main answers nothing else anyway.
  if (lock.isPending) return <SplashScreen message={t('app.restoring')} />;
  if (lock.data?.locked) return <UnlockScreen session={state} />;
  if (state.secondFactor === 'needed') return <SecondFactorScreen session={state} />;
  // Signed in by a password-reset link: the new password comes first.
  if (state.flow?.kind === 'new_password') return <NewPasswordScreen session={state} />;
  return <AppShell session={state} />;
}
