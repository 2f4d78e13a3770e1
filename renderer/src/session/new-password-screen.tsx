import { zodResolver } from '@hookform/resolvers/zod';
import { CenteredScreen } from '../layout/centered-screen.tsx';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { newPasswordSchema } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { AccountForm } from '../ui/account-form.tsx';
import { CallButton } from '../ui/call-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { NewPasswordField } from '../ui/new-password-field.tsx';
import { PageCard } from '../ui/page-card.tsx';
import { useAuthFieldErrors } from './use-auth-field-errors.ts';
import { useSessionCall } from './use-session-call.ts';
import './auth-screen.css';

/**
 * "Nueva contraseña": a password-reset link signed the user in (main saw auth-js's
 * PASSWORD_RECOVERY), and this asks for the new password before anything else. The password goes
 * straight to main and is cleared from the form whatever the outcome.
 */
export function NewPasswordScreen({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const save = useSessionCall();
  const later = useSessionCall();
  const form = useForm<{ password: string }>({
    resolver: zodResolver(newPasswordSchema),
    defaultValues: { password: '' },
  });
  const authFieldError = useAuthFieldErrors(form, ['password']);
  const onSubmit = form.handleSubmit(async (values) => {
    const failure = await save.run(() => bridge.session.setNewPassword(values));
    form.resetField('password');
    if (failure) {
      authFieldError(failure);
    }
  });
  const offline = session.connectivity === 'offline';
  return (
    <CenteredScreen>
      <PageCard titleId="new-password-title" title={t('auth.newPassword.title')}>
        <AccountForm
          form={form}
          onSubmit={onSubmit}
          intro={t('auth.newPassword.body', { email: session.user?.email ?? '' })}
          call={save}
          submitLabel={t('auth.newPassword.save')}
          busyLabel={t('auth.newPassword.saving')}
          disabled={offline}
          notes={later.error && <ErrorMessage error={later.error} />}
          otherActions={
            <CallButton
              className="button button-ghost"
              call={later}
              action={() => bridge.session.leaveFlow()}
            >
              {t('auth.newPassword.later')}
            </CallButton>
          }
        >
          <NewPasswordField name="password" label={t('auth.newPassword.field')} />
        </AccountForm>
      </PageCard>
    </CenteredScreen>
  );
}
