import { putServerErrorOnField } from '../../forms/server-field-error.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { configValuesFrom, settingsConfigToSend } from '../../forms/config-values.ts';
import { ConfigFields } from '../../forms/provider-fields.tsx';
import type { FieldValues, SettingsFormValues } from '../../forms/provider-form-schemas.ts';
import { settingsFormSchema } from '../../forms/provider-form-schemas.ts';
import { TextField } from '../../forms/text-field.tsx';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { useUpdateIntegration } from '../use-integration-actions.ts';
import { EndpointSettings } from './endpoint-settings.tsx';

interface SettingsFormProps {
  integration: Integration;
  /** Opens "Rotate credentials", where the endpoint settings can be changed. */
  onRotate: () => void;
}

const valuesFrom = (integration: Integration): SettingsFormValues => ({
  name: integration.name,
  config: configValuesFrom(integration.type, integration.config, 'other'),
});

function sameValues(a: Partial<FieldValues> | undefined, b: Partial<FieldValues> | undefined) {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].every((key) => a?.[key] === b?.[key]);
}

/**
 * Rename and edit the settings that do not decide where the credentials go (organization,
 * project, region). The endpoint settings are shown read-only and sent back as stored.
 */
export function SettingsForm({ integration, onRotate }: SettingsFormProps) {
  const { t } = useTranslation();
  const update = useUpdateIntegration(integration.id);
  const { type } = integration;
  const schema = useMemo(() => settingsFormSchema(type), [type]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: valuesFrom(integration) });
  const { isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (output) => {
    // Settings untouched (a rename): no config at all, so main has nothing to check or refuse.
    const edited = !sameValues(form.getValues('config'), form.formState.defaultValues?.config);
    const changes = edited
      ? { name: output.name, config: settingsConfigToSend(type, output.config, integration.config) }
      : { name: output.name };
    try {
      const saved = await update.mutateAsync(changes);
      form.reset(valuesFrom(saved));
    } catch (caught) {
      // The whole error is shown below from update.error; a field's message also goes under it.
      putServerErrorOnField(form, toAppError(caught), (field) =>
        /^(name|config\.\w+)$/.test(field),
      );
    }
  });

  return (
    <section className="card" aria-labelledby="settings-form-title">
      <h2 id="settings-form-title">{t('detail.settingsTitle')}</h2>
      <FormProvider {...form}>
        <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField name="name" label={t('add.name')} />
          <ConfigFields type={type} part="other" />
          <EndpointSettings integration={integration} onRotate={onRotate} />
          {update.error && <ErrorMessage error={toAppError(update.error)} />}
          {update.isSuccess && !isDirty && (
            <p className="notice notice-success" role="status">
              {t('detail.settingsSaved')}
            </p>
          )}
          <div className="button-row">
            <NetworkActionButton
              type="submit"
              className="button button-primary"
              disabled={!isDirty || update.isPending}
            >
              {t('detail.saveSettings')}
            </NetworkActionButton>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
