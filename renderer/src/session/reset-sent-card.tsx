import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context.tsx';
import { MailSentCard } from './mail-sent-card.tsx';

interface ResetSentCardProps {
  email: string;
  disabled: boolean;
  onBack: (email: string) => void;
}

/** "Revisa tu correo" after asking for a password-reset link. */
export function ResetSentCard({ email, disabled, onBack }: ResetSentCardProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  return (
    <MailSentCard
      id="reset-sent"
      title={t('auth.resetSent.title')}
      sendAgain={() => bridge.session.requestPasswordReset({ email })}
      sendAgainLabel={t('auth.resetSent.resend')}
      sendingLabel={t('auth.forgot.sending')}
      leaveLabel={t('auth.forgot.back')}
      leaveStyle="link-button"
      onLeft={() => onBack(email)}
      disabled={disabled}
    >
      <p>{t('auth.resetSent.body', { email })}</p>
    </MailSentCard>
  );
}
