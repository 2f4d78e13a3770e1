import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context.tsx';
import { usePageHeadingFocus } from '../layout/navigation.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { useSessionCall } from './use-session-call.ts';

interface ResetSentCardProps {
  email: string;
  disabled: boolean;
  onBack: (email: string) => void;
}

/** "Revisa tu correo" after asking for a password-reset link. */
export function ResetSentCard({ email, disabled, onBack }: ResetSentCardProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  const again = useSessionCall();
  const leave = useSessionCall();
  return (
    <section className="card stack" aria-labelledby="reset-sent-title">
      <h1 id="reset-sent-title" ref={heading} tabIndex={-1}>
        {t('auth.resetSent.title')}
      </h1>
      <p>{t('auth.resetSent.body', { email })}</p>
      {again.error && <ErrorMessage error={again.error} />}
      {leave.error && <ErrorMessage error={leave.error} />}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={disabled || again.pending}
          onClick={() => void again.run(() => bridge.session.requestPasswordReset({ email }))}
        >
          {again.pending ? t('auth.forgot.sending') : t('auth.resetSent.resend')}
        </button>
        <button
          type="button"
          className="link-button"
          disabled={leave.pending}
          onClick={() =>
            void leave
              .run(() => bridge.session.leaveFlow())
              .then((failure) => {
                if (!failure) onBack(email);
              })
          }
        >
          {t('auth.forgot.back')}
        </button>
      </div>
    </section>
  );
}
