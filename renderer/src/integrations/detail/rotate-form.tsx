import { putServerErrorOnField } from '../../forms/server-field-error.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { configKeys, configValuesFrom } from '../../forms/config-values.ts';
import { ConfigFields, CredentialFields } from '../../forms/provider-fields.tsx';
import type { RotateFormValues } from '../../forms/provider-form-schemas.ts';
import {
  emptyCredentialValues,
  rotateFormSchema,
  toRotateInput,
} from '../../forms/provider-form-schemas.ts';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { TestResultView } from '../test-result-view.tsx';
import { RotateSaved } from './rotate-saved.tsx';
import type { RotateOutcome } from './use-rotate-credentials.ts';
import { useRotateCredentials } from './use-rotate-credentials.ts';

interface RotateFormProps {
  integration: Integration;
  onClose: () => void;
  onBusyChange: (busy: boolean) => void;
}

/**
 * New credentials and, for OpenAI and Azure, where they are sent (base URL, cloud): those
 * settings change only together with the credentials, so they are edited here, prefilled with
 * the current values. The request carries the provider's full config (toRotateInput).
 */
export function RotateForm({ integration, onClose, onBusyChange }: RotateFormProps) {
  const { t } = useTranslation();
  const rotate = useRotateCredentials(integration.name);
  const [outcome, setOutcome] = useState<RotateOutcome | null>(null);
  const { type, id } = integration;
  const schema = useMemo(() => rotateFormSchema(type), [type]);
  const initial = (): RotateFormValues => ({
    credentials: { ...emptyCredentialValues[type] },
    config: configValuesFrom(type, integration.config, 'endpoint'),
  });
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial() });
  const submitting = form.formState.isSubmitting;
  useEffect(() => onBusyChange(submitting), [submitting, onBusyChange]);
  const fields = [
    ...Object.keys(emptyCredentialValues[type]).map((key) => `credentials.${key}`),
    ...configKeys(type, 'endpoint').map((key) => `config.${key}`),
  ];

  const send = (saveAnyway: boolean) =>
    form.handleSubmit(async (output) => {
      setOutcome(null);
      const result = await rotate(toRotateInput(type, id, output, saveAnyway, integration.config));
      // Saved: the secret has no reason to stay. Not saved: keep it for "Save anyway" until close.
      if (result.kind === 'tested' && result.saved) form.reset(initial());
      setOutcome(result);
      // Main names the field it refused (e.g. `config.baseUrl`): its message goes under it too.
      if (result.kind === 'failed') {
        putServerErrorOnField(form, result.error, (field) => fields.includes(field));
      }
    });

  if (outcome?.kind === 'tested' && outcome.saved) {
    return <RotateSaved test={outcome.test} onClose={onClose} />;
  }

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={(event) => void send(false)(event)} noValidate>
        <p className="muted">{t('rotate.intro')}</p>
        <CredentialFields type={type} />
        <ConfigFields type={type} part="endpoint" />
        {outcome?.kind === 'tested' && (
          <>
            <p className="notice notice-warning" role="status">
              {t('rotate.notSaved')}
            </p>
            <TestResultView result={outcome.test} integration={integration} />
          </>
        )}
        {outcome?.kind === 'failed' && <ErrorMessage error={outcome.error} />}
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-ghost"
            onClick={onClose}
            disabled={submitting}
          >
            {t('rotate.cancel')}
          </button>
          {outcome?.kind === 'tested' && (
            <NetworkActionButton
              className="button button-danger"
              onClick={(event) => void send(true)(event)}
              disabled={submitting}
            >
              {t('rotate.saveAnyway')}
            </NetworkActionButton>
          )}
          <NetworkActionButton
            type="submit"
            className="button button-primary"
            disabled={submitting}
          >
            {submitting && <span className="spinner" aria-hidden="true" />}
            {submitting ? t('rotate.submitting') : t('rotate.submit')}
          </NetworkActionButton>
        </div>
      </form>
    </FormProvider>
  );
}
