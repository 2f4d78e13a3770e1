import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
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
import { OFFLINE_REASON_ID, useNetwork } from '../../session/use-network.ts';
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
  const network = useNetwork();
  const rotate = useRotateCredentials();
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
      if (result.kind === 'failed' && fields.includes(result.error.field ?? '')) {
        const field = result.error.field as FieldPath<RotateFormValues>;
        form.setError(field, { message: result.error.message });
      }
    });

  if (outcome?.kind === 'tested' && outcome.saved) {
    return <RotateSaved test={outcome.test} onClose={onClose} />;
  }

  const blocked = submitting || !network.available;
  const offline = {
    title: network.reason,
    'aria-describedby': network.available ? undefined : OFFLINE_REASON_ID,
  };
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
            <TestResultView result={outcome.test} />
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
            <button
              type="button"
              className="button button-danger"
              onClick={(event) => void send(true)(event)}
              disabled={blocked}
              {...offline}
            >
              {t('rotate.saveAnyway')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={blocked} {...offline}>
            {submitting && <span className="spinner" aria-hidden="true" />}
            {submitting ? t('rotate.submitting') : t('rotate.submit')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
