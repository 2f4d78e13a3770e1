import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';
import { useServiceAccountPreview } from './use-service-account-preview.ts';
import './google-fields.css';

const JSON_FILE = /\.json$/i;

/**
 * The service-account key file (issue #14 §6): dropped on or chosen through a translated drop
 * zone (the native "Choose File / No file chosen" is in the system's language, not the app's), or
 * pasted. Once the shared schema accepts it, the text collapses to who it belongs to, with the
 * private key masked; the text stays in the form (never in state here) until it is sent to main.
 */
export function GoogleCredentialFields() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext();
  const json = useWatch({ control, name: 'credentials.json' }) as string | undefined;
  const preview = useServiceAccountPreview(json);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [fileProblem, setFileProblem] = useState<'failed' | 'not_json' | null>(null);
  const [dragging, setDragging] = useState(false);

  const put = (text: string) =>
    setValue('credentials.json', text, { shouldDirty: true, shouldValidate: true });

  const read = (file: File | undefined) => {
    if (!file) return;
    if (!JSON_FILE.test(file.name) && file.type !== 'application/json') {
      setFileProblem('not_json');
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setFileProblem(null);
      put(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => setFileProblem('failed');
    reader.readAsText(file);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files[0]);
  };

  if (preview) {
    return (
      <div className="service-account-preview" role="status" data-testid="service-account-preview">
        <dl>
          <dt>{t('secrets.serviceAccount')}</dt>
          <dd className="mono">{preview.clientEmail}</dd>
          <dt>{t('secrets.project')}</dt>
          <dd className="mono">{preview.projectId}</dd>
          <dt>{t('secrets.privateKey')}</dt>
          <dd>{t('secrets.privateKeyMasked')}</dd>
        </dl>
        <p className="visually-hidden">
          {t('fields.googlePreview', { email: preview.clientEmail, project: preview.projectId })}
        </p>
        <button type="button" className="button button-ghost" onClick={() => put('')}>
          {t('secrets.replaceFile')}
        </button>
      </div>
    );
  }

  return (
    <>
      <div className="field">
        <input
          ref={fileInput}
          id={fileId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label={t('fields.googleFile')}
          tabIndex={-1}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Forget the chosen file at once: the text goes into the form, reset after saving.
            input.value = '';
            read(file);
          }}
        />
        <button
          type="button"
          className="drop-zone"
          data-dragging={dragging || undefined}
          onClick={() => fileInput.current?.click()}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {dragging ? t('secrets.dropZoneActive') : t('secrets.dropZone')}
        </button>
        {fileProblem && (
          <p className="field-error" role="alert">
            {fileProblem === 'not_json'
              ? t('secrets.dropZoneNotJson')
              : t('fields.googleFileFailed')}
          </p>
        )}
      </div>
      <TextField
        name="credentials.json"
        label={t('fields.googleJson')}
        hint={t('secrets.pasteInstead')}
        placeholder={'{\n  "type": "service_account",\n  …\n}'}
        multiline
      />
    </>
  );
}
