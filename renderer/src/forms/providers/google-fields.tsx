import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';
import { useServiceAccountPreview } from './use-service-account-preview.ts';

/** The service-account key file, pasted or read from disk (never uploaded anywhere but main). */
export function GoogleCredentialFields() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext();
  const json = useWatch({ control, name: 'credentials.json' }) as string | undefined;
  const preview = useServiceAccountPreview(json);
  const fileId = useId();
  const [fileFailed, setFileFailed] = useState(false);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Forget the chosen file at once: the text goes into the form, which is reset after saving.
    input.value = '';
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      setFileFailed(false);
      setValue('credentials.json', typeof reader.result === 'string' ? reader.result : '', {
        shouldDirty: true,
        shouldValidate: true,
      });
    };
    reader.onerror = () => setFileFailed(true);
    reader.readAsText(file);
  };

  return (
    <>
      <TextField
        name="credentials.json"
        label={t('fields.googleJson')}
        hint={t('fields.googleJsonHint')}
        placeholder={'{\n  "type": "service_account",\n  …\n}'}
        multiline
      />
      <div className="field">
        <label htmlFor={fileId}>{t('fields.googleFile')}</label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={onFile} />
        {fileFailed && (
          <p className="field-error" role="alert">
            {t('fields.googleFileFailed')}
          </p>
        )}
      </div>
      {preview && (
        <p className="preview" role="status">
          {t('fields.googlePreview', { email: preview.clientEmail, project: preview.projectId })}
        </p>
      )}
    </>
  );
}
