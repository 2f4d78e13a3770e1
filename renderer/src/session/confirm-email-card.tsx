import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context.tsx';
import { MailSentCard } from './mail-sent-card.tsx';

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
  return (
    <MailSentCard
      id="confirm"
      title={t('auth.confirm.title')}
      sendAgain={() => bridge.session.resendConfirmation({ email })}
      sendAgainLabel={t('auth.confirm.resend')}
      sendingLabel={t('auth.confirm.resending')}
      sentAgainNotice={t('auth.confirm.resent')}
      leaveLabel={t('auth.confirm.done')}
      leaveStyle="button button-primary"
      onLeft={() => onConfirmed(email)}
      disabled={disabled}
    >
      <p>{t('auth.confirm.sent', { email })}</p>
      <p className="muted">{t('auth.confirm.how')}</p>
    </MailSentCard>
  );
}
