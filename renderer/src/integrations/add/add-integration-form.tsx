import { putServerErrorOnField } from '../../forms/server-field-error.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import type { RefObject } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../../shared/providers.ts';
import { ConfigFields, CredentialFields } from '../../forms/provider-fields.tsx';
import type { CreateFormValues } from '../../forms/provider-form-schemas.ts';
import {
  createFormSchema,
  emptyCreateValues,
  emptyCredentialValues,
  toCreateInput,
} from '../../forms/provider-form-schemas.ts';
import { TextField } from '../../forms/text-field.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { AddFormActions } from './add-form-actions.tsx';
import { AddTestStatus } from './add-test-status.tsx';
import type { AddFlow, AddPhase } from './use-add-flow.ts';

interface AddIntegrationFormProps {
  type: ProviderType;
  flow: AddFlow;
  onCancel: () => void;
  /** Set to a check of whether a Google key file sits in the form, for Escape to ask first. */
  keyFileHeldRef?: RefObject<() => boolean>;
  /** After "Discard" deleted what this dialog stored. */
  onDiscarded: () => void;
}

/**
 * Name, credentials and settings for one provider. Once a request is sent, the credentials are
 * cleared from the form whatever the outcome; the name and settings stay. After a failed test the
 * form stays, the credential fields marked, for "fix and test again" (see use-add-flow.ts).
 */
export function AddIntegrationForm({
  type,
  flow,
  onCancel,
  onDiscarded,
  keyFileHeldRef,
}: AddIntegrationFormProps) {
  const { t } = useTranslation();
  const { phase } = flow;
  const schema = useMemo(() => createFormSchema(type), [type]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: emptyCreateValues(type) });
  useEffect(() => {
    if (!keyFileHeldRef) return;
    keyFileHeldRef.current = () => {
      const json: unknown = form.getValues('credentials.json' as never);
      return typeof json === 'string' && json.trim() !== '';
    };
    return () => {
      keyFileHeldRef.current = () => false;
    };
  }, [form, keyFileHeldRef]);
  const credentialFields = Object.keys(emptyCredentialValues[type]).map(
    (key) => `credentials.${key}` as FieldPath<CreateFormValues>,
  );
  const locked = phase.kind !== 'editing' && phase.kind !== 'failed';

  const afterSend = (next: AddPhase) => {
    const { name, config } = form.getValues();
    form.reset({ ...emptyCreateValues(type), name, config });
    const error = next.kind === 'editing' || next.kind === 'failed' ? next.error : null;
    if (error) {
      putServerErrorOnField(form, error, (field) => /^(name|credentials\.|config\.)/.test(field));
    } else if (next.kind === 'failed' && next.test) {
      // The key that failed is gone from the form: say where the new one goes.
      for (const field of credentialFields) {
        form.setError(field, { message: t('addCheck.fieldFailed') });
      }
    }
  };

  const submit = (verify: boolean) =>
    form.handleSubmit(async (output) => {
      if (phase.kind === 'failed') {
        const { name, credentials, config } = output;
        afterSend(await flow.retry(phase, name, { type, credentials, config }));
      } else {
        afterSend(await flow.create(toCreateInput(type, output, verify)));
      }
    });

  // Focus the first credential field when a test fails, where the fix goes.
  const failedAt = phase.kind === 'failed' ? phase : null;
  useEffect(() => {
    if (failedAt?.test && !failedAt.retryCancelled) form.setFocus(credentialFields[0]!);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per failed test
  }, [failedAt?.test]);

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={(event) => void submit(true)(event)} noValidate>
        <fieldset className="plain-fieldset stack" disabled={locked}>
          <TextField name="name" label={t('add.name')} placeholder={t('add.namePlaceholder')} />
          <CredentialFields type={type} />
          <ConfigFields type={type} />
        </fieldset>
        <p className="muted small">{t('add.secretsNote')}</p>
        <AddTestStatus phase={phase} />
        {phase.kind === 'editing' && phase.error && <ErrorMessage error={phase.error} />}
        <AddFormActions
          phase={phase}
          onCancel={onCancel}
          onSave={(event) => void submit(false)(event)}
          onKeep={() => phase.kind === 'failed' && flow.keep(phase)}
          onDiscard={() => {
            if (phase.kind !== 'failed') return;
            void flow.discard(phase).then((gone) => gone && onDiscarded());
          }}
        />
      </form>
    </FormProvider>
  );
}
