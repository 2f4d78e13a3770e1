import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emailOnlySchema } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { TextField } from '../forms/text-field.tsx';
import { AccountForm } from '../ui/account-form.tsx';
import { PageCard } from '../ui/page-card.tsx';
import { useAuthFieldErrors } from './use-auth-field-errors.ts';
import { useSessionCall } from './use-session-call.ts';

interface ForgotPasswordFormProps {
  initialEmail: string;
  disabled: boolean;
  onBack: () => void;
}

/** "¿Olvidaste tu contraseña?": the address to mail a reset link to; main then says `reset_sent`. */
export function ForgotPasswordForm({ initialEmail, disabled, onBack }: ForgotPasswordFormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const call = useSessionCall();
  const form = useForm<{ email: string }>({
    resolver: zodResolver(emailOnlySchema),
    defaultValues: { email: initialEmail },
  });
  const authFieldError = useAuthFieldErrors(form, ['email']);
  const onSubmit = form.handleSubmit(async (values) => {
    const failure = await call.run(() => bridge.session.requestPasswordReset(values));
    if (failure) {
      authFieldError(failure);
    }
  });
  return (
    <PageCard titleId="forgot-title" title={t('auth.forgot.title')}>
      <AccountForm
        form={form}
        onSubmit={onSubmit}
        intro={t('auth.forgot.body')}
        call={call}
        submitLabel={t('auth.forgot.send')}
        busyLabel={t('auth.forgot.sending')}
        disabled={disabled}
      >
        <TextField name="email" label={t('auth.email')} />
      </AccountForm>
      <button type="button" className="link-button" onClick={onBack}>
        {t('auth.forgot.back')}
      </button>
    </PageCard>
  );
}
