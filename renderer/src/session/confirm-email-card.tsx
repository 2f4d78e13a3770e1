import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context.tsx';
import { usePageHeadingFocus } from '../layout/navigation.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { useSessionCall } from './use-session-call.ts';

interface ConfirmEmailCardProps {
  email: string;
  disabled: boolean;
  /** "Ya lo confirmé": back to signing in, with this address filled in. */
  onConfirmed: (email: string) => void;
}

/**
 * After a sign-up that needs the e-mail confirmed: where the mail went and that its link must be
 * opened on this computer (it carries a code only this app can exchange). "Reenviar correo" says
 * how long to wait when the project's mail limit is reached.
 */
export function ConfirmEmailCard({ email, disabled, onConfirmed }: ConfirmEmailCardProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  const resend = useSessionCall();
  const [resent, setResent] = useState(false);
  const leave = useSessionCall();

  return (
    <section className="card stack" aria-labelledby="confirm-title">
      <h1 id="confirm-title" ref={heading} tabIndex={-1}>
        {t('auth.confirm.title')}
      </h1>
      <p>{t('auth.confirm.sent', { email })}</p>
      <p className="muted">{t('auth.confirm.how')}</p>
      {resent && !resend.error && (
        <p className="notice notice-success" role="status">
          {t('auth.confirm.resent')}
        </p>
      )}
      {resend.error && <ErrorMessage error={resend.error} />}
      {leave.error && <ErrorMessage error={leave.error} />}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={disabled || resend.pending}
          onClick={() => {
            setResent(false);
            void resend
              .run(() => bridge.session.resendConfirmation({ email }))
              .then((failure) => setResent(failure === null));
          }}
        >
          {resend.pending ? t('auth.confirm.resending') : t('auth.confirm.resend')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={leave.pending}
          onClick={() =>
            void leave
              .run(() => bridge.session.leaveFlow())
              .then((failure) => {
                if (!failure) onConfirmed(email);
              })
          }
        >
          {t('auth.confirm.done')}
        </button>
      </div>
    </section>
  );
}
