import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { prepareProjectInputSchema } from '../../../shared/project-setup.ts';
import type { PrepareProjectResult, ProjectSetupProgress } from '../../../shared/project-setup.ts';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { putServerErrorOnField } from '../forms/server-field-error.ts';
import { TextField } from '../forms/text-field.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';

interface PrepareValues {
  databaseUrl: string;
}

/**
 * "Preparar proyecto": the database connection string (from Supabase → Connect) goes to main once;
 * main applies the app's migrations and reports each step. The field is masked and emptied after
 * every attempt, since the string holds the database password.
 */
export function PrepareProject() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [progress, setProgress] = useState<ProjectSetupProgress | null>(null);
  const [result, setResult] = useState<PrepareProjectResult | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const form = useForm<PrepareValues>({
    resolver: zodResolver(prepareProjectInputSchema),
    defaultValues: { databaseUrl: '' },
  });
  useEffect(() => bridge.on('project:setup-progress', setProgress), [bridge]);

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(null);
    setFailure(null);
    setProgress(null);
    try {
      setResult(await bridge.project.prepare(values));
    } catch (caught) {
      const error = toAppError(caught);
      const onField = putServerErrorOnField(form, error, (field) => field === 'databaseUrl', {
        focus: true,
      });
      if (!onField) setFailure(error);
    } finally {
      form.setValue('databaseUrl', '');
      setProgress(null);
    }
  });

  const submitting = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        className="stack"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="prepare-project-title"
      >
        <h2 id="prepare-project-title">{t('prepareProject.title')}</h2>
        <p className="muted">{t('prepareProject.intro')}</p>
        <TextField
          name="databaseUrl"
          label={t('prepareProject.databaseUrl')}
          hint={t('prepareProject.databaseUrlHint')}
          secret
        />
        {submitting && progress && (
          <p role="status" className="muted">
            {progress.step === 'apply' && progress.total
              ? t('prepareProject.applying', { done: progress.done ?? 0, total: progress.total })
              : t(`prepareProject.step.${progress.step}`)}
          </p>
        )}
        {result && (
          <p role="status" className="notice notice-success">
            {result.outcome === 'up_to_date'
              ? t('prepareProject.upToDate')
              : t('prepareProject.prepared', { count: result.applied.length })}
          </p>
        )}
        {failure && <ErrorMessage error={failure} />}
        <div>
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting && <span className="spinner" aria-hidden="true" />}
            {t('prepareProject.submit')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
