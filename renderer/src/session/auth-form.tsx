import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { credentialsSignInSchema, signUpSchema } from '../../../shared/session.ts';
import { useNotConfiguredSignal } from '../app/not-configured-context.tsx';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { TextField } from '../forms/text-field.tsx';
import { useAuthFieldErrors } from './use-auth-field-errors.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { useApplySession } from './use-session.ts';

export type AuthMode = 'sign-in' | 'sign-up';

interface AuthValues {
  email: string;
  password: string;
}

/**
 * Email + password. The password goes straight to main (not through React Query, whose cache
 * would keep it) and is cleared from the form whatever the outcome.
 */
interface AuthFormProps {
  mode: AuthMode;
  disabled: boolean;
  /** The address to start with (after "Ya lo confirmé", or coming back from another card). */
  initialEmail?: string;
}

/**
 * A sign-up that needs the e-mail confirmed answers with the `confirm_sign_up` flow, which
 * switches the screen to the confirmation card (auth-screen.tsx).
 */
export function AuthForm({ mode, disabled, initialEmail = '' }: AuthFormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applySession = useApplySession();
  const notConfigured = useNotConfiguredSignal();
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const form = useForm<AuthValues>({
    resolver: zodResolver(mode === 'sign-in' ? credentialsSignInSchema : signUpSchema),
    defaultValues: { email: initialEmail, password: '' },
  });
  const authFieldError = useAuthFieldErrors(form, ['email', 'password']);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    let failure: AppErrorPayload | null = null;
    try {
      const state =
        mode === 'sign-in'
          ? await bridge.session.signIn(values)
          : await bridge.session.signUp(values);
      applySession(state);
    } catch (caught) {
      failure = toAppError(caught);
    }
    form.resetField('password');
    if (!failure) return;
    if (failure.code === 'not_configured') notConfigured.raise(failure.reason);
    authFieldError(failure);
    setError(failure);
  });

  const submitting = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField name="email" label={t('auth.email')} />
        <TextField
          name="password"
          label={t('auth.password')}
          hint={mode === 'sign-up' ? t('auth.passwordHint') : undefined}
          secret
        />
        {error && <ErrorMessage error={error} />}
        <button type="submit" className="button button-primary" disabled={disabled || submitting}>
          {mode === 'sign-in'
            ? submitting
              ? t('auth.signingIn')
              : t('auth.signIn')
            : submitting
              ? t('auth.signingUp')
              : t('auth.signUp')}
        </button>
      </form>
    </FormProvider>
  );
}
