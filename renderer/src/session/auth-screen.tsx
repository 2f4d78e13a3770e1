import { useState } from 'react';
import { CenteredScreen } from '../layout/centered-screen.tsx';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { KeychainBanner } from '../layout/keychain-banner.tsx';
import { PageCard } from '../ui/page-card.tsx';
import type { AuthMode } from './auth-form.tsx';
import { AuthForm } from './auth-form.tsx';
import { authReasonText } from './auth-reason-text.ts';
import { ConfirmEmailCard } from './confirm-email-card.tsx';
import { ForgotPasswordForm } from './forgot-password-form.tsx';
import { OAuthButtons } from './oauth-buttons.tsx';
import { OAuthWaitingCard } from './oauth-waiting-card.tsx';
import { ProjectLine } from './project-line.tsx';
import { ResetSentCard } from './reset-sent-card.tsx';
import './auth-screen.css';

type View = AuthMode | 'forgot';

/**
 * Sign in, create an account, or reset the password; shows why the user is here (an e-mail link
 * that did not work, a session that ended…). A flow main is in (waiting for the confirmation mail,
 * a reset mail sent) picks the card.
 */
export function AuthScreen({ session }: { session: SessionState }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>('sign-in');
  const [email, setEmail] = useState('');
  const offline = session.connectivity === 'offline';
  const toSignIn = (address: string) => {
    setEmail(address);
    setView('sign-in');
  };

  let card;
  if (session.flow?.kind === 'confirm_sign_up') {
    card = (
      <ConfirmEmailCard email={session.flow.email} disabled={offline} onConfirmed={toSignIn} />
    );
  } else if (session.flow?.kind === 'oauth_pending') {
    card = <OAuthWaitingCard provider={session.flow.provider} />;
  } else if (session.flow?.kind === 'reset_sent') {
    card = <ResetSentCard email={session.flow.email} disabled={offline} onBack={toSignIn} />;
  } else if (view === 'forgot') {
    card = (
      <ForgotPasswordForm
        initialEmail={email}
        disabled={offline}
        onBack={() => setView('sign-in')}
      />
    );
  } else {
    card = (
      <CredentialsCard
        mode={view}
        email={email}
        offline={offline}
        connectivity={session.connectivity}
        onMode={setView}
        onForgot={() => setView('forgot')}
      />
    );
  }

  return (
    <CenteredScreen>
      <p className="muted">{t('app.tagline')}</p>
      <KeychainBanner keychain={session.keychain} />
      {session.notice && (
        <div className="notice notice-info" role="status">
          <span>{authReasonText(t, i18n, session.notice)}</span>
        </div>
      )}
      {card}
      <ProjectLine />
    </CenteredScreen>
  );
}

interface CredentialsCardProps {
  mode: AuthMode;
  email: string;
  offline: boolean;
  connectivity: SessionState['connectivity'];
  onMode: (mode: AuthMode) => void;
  onForgot: () => void;
}

function CredentialsCard({
  mode,
  email,
  offline,
  connectivity,
  onMode,
  onForgot,
}: CredentialsCardProps) {
  const { t } = useTranslation();
  return (
    <PageCard
      titleId="auth-title"
      title={mode === 'sign-in' ? t('auth.signInTitle') : t('auth.signUpTitle')}
    >
      {offline && (
        <p className="notice notice-warning" role="status">
          {t('auth.offline')}
        </p>
      )}
      <AuthForm key={mode} mode={mode} disabled={offline} initialEmail={email} />
      <OAuthButtons connectivity={connectivity} />
      {mode === 'sign-in' && (
        <button type="button" className="link-button" onClick={onForgot}>
          {t('auth.forgotPassword')}
        </button>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => onMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')}
      >
        {mode === 'sign-in' ? t('auth.toSignUp') : t('auth.toSignIn')}
      </button>
    </PageCard>
  );
}
