import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { TextField } from '../forms/text-field.tsx';
import { useAuthFieldErrors } from '../session/use-auth-field-errors.ts';
import { useSessionCall } from '../session/use-session-call.ts';
import { AccountForm } from '../ui/account-form.tsx';
import { NewPasswordField } from '../ui/new-password-field.tsx';
import { SettingsCard } from '../ui/settings-card.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
}

/**
 * "Cambiar contraseña": main checks the current password with Auth before setting the new one.
 * Both go straight to main and are cleared from the form whatever the outcome.
 */
export function ChangePassword() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const call = useSessionCall();
  const [changed, setChanged] = useState(false);
  const form = useForm<PasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const authFieldError = useAuthFieldErrors(form, ['currentPassword', 'newPassword']);
  const onSubmit = form.handleSubmit(async (values) => {
    setChanged(false);
    const failure = await call.run(() => bridge.session.changePassword(values));
    form.reset({ currentPassword: '', newPassword: '' }, { keepErrors: true });
    if (!failure) {
      setChanged(true);
      return;
    }
    authFieldError(failure);
  });
  return (
    <SettingsCard title={t('settings.password.title')} testId="change-password">
      <AccountForm
        form={form}
        onSubmit={onSubmit}
        intro={t('settings.password.intro')}
        call={call}
        submitLabel={t('settings.password.save')}
        busyLabel={t('settings.password.saving')}
        notes={
          changed && (
            <p className="notice notice-success" role="status">
              {t('settings.password.changed')}
            </p>
          )
        }
      >
        <TextField name="currentPassword" label={t('settings.password.current')} secret />
        <NewPasswordField name="newPassword" label={t('settings.password.next')} />
      </AccountForm>
    </SettingsCard>
  );
}
