import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { ConfigFields } from '../../forms/provider-fields.tsx';
import { configValuesFrom, settingsFormSchema } from '../../forms/provider-form-schemas.ts';
import { TextField } from '../../forms/text-field.tsx';
import { OFFLINE_REASON_ID, useNetwork } from '../../session/use-network.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { useUpdateIntegration } from '../use-integration-actions.ts';

/** Rename and edit the non-secret settings (region, base URL, cloud…). */
export function SettingsForm({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const network = useNetwork();
  const update = useUpdateIntegration(integration.id);
  const { type } = integration;
  const schema = useMemo(() => settingsFormSchema(type), [type]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: integration.name, config: configValuesFrom(type, integration.config) },
  });
  const { isDirty } = form.formState;

  const onSubmit = form.handleSubmit((output) =>
    update
      .mutateAsync(
        { name: output.name, config: output.config as Record<string, unknown> },
        {
          onSuccess: (saved) =>
            form.reset({ name: saved.name, config: configValuesFrom(type, saved.config) }),
        },
      )
      .catch(() => undefined /* shown below from update.error */),
  );

  return (
    <section className="card" aria-labelledby="settings-form-title">
      <h2 id="settings-form-title">{t('detail.settingsTitle')}</h2>
      <FormProvider {...form}>
        <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField name="name" label={t('add.name')} />
          <ConfigFields type={type} />
          {update.error && <ErrorMessage error={toAppError(update.error)} />}
          {update.isSuccess && !isDirty && (
            <p className="notice notice-success" role="status">
              {t('detail.settingsSaved')}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button button-primary"
              disabled={!isDirty || update.isPending || !network.available}
              title={network.reason}
              aria-describedby={network.available ? undefined : OFFLINE_REASON_ID}
            >
              {t('detail.saveSettings')}
            </button>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
