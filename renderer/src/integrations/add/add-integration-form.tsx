import { putServerErrorOnField } from '../../forms/server-field-error.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../../shared/providers.ts';
import type { AppErrorPayload } from '../../bridge/app-error.ts';
import { ConfigFields, CredentialFields } from '../../forms/provider-fields.tsx';
import {
  createFormSchema,
  emptyCreateValues,
  toCreateInput,
} from '../../forms/provider-form-schemas.ts';
import { TextField } from '../../forms/text-field.tsx';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { CreateOutcome } from './use-create-integration.ts';
import { useCreateIntegration } from './use-create-integration.ts';

interface AddIntegrationFormProps {
  type: ProviderType;
  onSaved: (outcome: Extract<CreateOutcome, { kind: 'saved' }>) => void;
  onCancel: () => void;
  onBusyChange: (busy: boolean) => void;
}

/**
 * Name, credentials and settings for one provider. Once the request is sent, the credentials
 * are cleared from the form whatever the outcome; on failure the name and settings stay.
 */
export function AddIntegrationForm({
  type,
  onSaved,
  onCancel,
  onBusyChange,
}: AddIntegrationFormProps) {
  const { t } = useTranslation();
  const create = useCreateIntegration();
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const schema = useMemo(() => createFormSchema(type), [type]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: emptyCreateValues(type) });
  const submitting = form.formState.isSubmitting;
  useEffect(() => onBusyChange(submitting), [submitting, onBusyChange]);

  const submit = (verify: boolean) =>
    form.handleSubmit(async (output) => {
      setError(null);
      const outcome = await create(toCreateInput(type, output, verify));
      const { name, config } = form.getValues();
      form.reset({ ...emptyCreateValues(type), name, config });
      if (outcome.kind === 'saved') return onSaved(outcome);
      setError(outcome.error);
      putServerErrorOnField(form, outcome.error, (field) =>
        /^(name|credentials\.|config\.)/.test(field),
      );
    });

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={(event) => void submit(true)(event)} noValidate>
        <TextField name="name" label={t('add.name')} placeholder={t('add.namePlaceholder')} />
        <CredentialFields type={type} />
        <ConfigFields type={type} />
        <p className="muted small">{t('add.secretsNote')}</p>
        {error && <ErrorMessage error={error} />}
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-ghost"
            onClick={onCancel}
            disabled={submitting}
          >
            {t('add.cancel')}
          </button>
          <NetworkActionButton
            className="button"
            onClick={(event) => void submit(false)(event)}
            disabled={submitting}
          >
            {t('add.save')}
          </NetworkActionButton>
          <NetworkActionButton
            type="submit"
            className="button button-primary"
            disabled={submitting}
          >
            {submitting && <span className="spinner" aria-hidden="true" />}
            {submitting ? t('add.saving') : t('add.saveAndVerify')}
          </NetworkActionButton>
        </div>
      </form>
    </FormProvider>
  );
}
