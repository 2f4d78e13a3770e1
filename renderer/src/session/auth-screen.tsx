import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { Brand } from '../layout/brand.tsx';
import { KeychainBanner } from '../layout/keychain-banner.tsx';
import { TopBar } from '../layout/top-bar.tsx';
import { usePageHeadingFocus } from '../layout/navigation.tsx';
import type { AuthMode } from './auth-form.tsx';
import { AuthForm } from './auth-form.tsx';
import { authReasonText } from './auth-reason-text.ts';
import { ProjectLine } from './project-line.tsx';
import './auth-screen.css';

/** Sign in or create an account; shows why the user is here (confirm the e-mail, session ended…). */
export function AuthScreen({ session }: { session: SessionState }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<AuthMode>('sign-in');
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  const offline = session.connectivity === 'offline';
  return (
    <div className="auth-layout">
      <TopBar />
      <main className="centered-screen">
        <div className="stack card-narrow">
          <Brand />
          <p className="muted">{t('app.tagline')}</p>
          <KeychainBanner keychain={session.keychain} />
          {session.notice && (
            <div className="notice notice-info" role="status">
              {session.notice === 'email_not_confirmed' && (
                <strong>{t('auth.noticeTitle')} </strong>
              )}
              <span>{authReasonText(t, i18n, session.notice)}</span>
            </div>
          )}
          <section className="card" aria-labelledby="auth-title">
            <h1 id="auth-title" ref={heading} tabIndex={-1}>
              {mode === 'sign-in' ? t('auth.signInTitle') : t('auth.signUpTitle')}
            </h1>
            {offline && (
              <p className="notice notice-warning" role="status">
                {t('auth.offline')}
              </p>
            )}
            <AuthForm
              key={mode}
              mode={mode}
              disabled={offline}
              onAwaitingConfirmation={() => setMode('sign-in')}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')}
            >
              {mode === 'sign-in' ? t('auth.toSignUp') : t('auth.toSignIn')}
            </button>
          </section>
          <ProjectLine />
        </div>
      </main>
    </div>
  );
}
