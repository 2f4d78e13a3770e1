import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import { connectionSettingsSchema } from '../../../shared/app-settings.ts';
import {
  supabaseAnonKeyIssue,
  supabaseOriginOf,
} from '../../../shared/supabase-connection-issues.ts';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { putServerErrorOnField } from '../forms/server-field-error.ts';
import { TextField } from '../forms/text-field.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { useApplySettings } from './use-settings.ts';

interface ConnectionValues {
  supabaseUrl: string;
  supabaseAnonKey: string;
}

const FIELDS = ['supabaseUrl', 'supabaseAnonKey'] as const;
const isField = (field: string | undefined): field is (typeof FIELDS)[number] =>
  (FIELDS as readonly (string | undefined)[]).includes(field);

/**
 * The shared schema, after tidying spaces around a pasted URL: the person sees below the field
 * which origin that gives. Main itself takes nothing but the exact origin (a trailing slash aside).
 */
const sharedResolver = zodResolver(connectionSettingsSchema);
const connectionResolver: Resolver<ConnectionValues> = (values, context, options) =>
  sharedResolver({ ...values, supabaseUrl: values.supabaseUrl.trim() }, context, options);

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Project URL and anon key, checked here with the same shared schema main applies, so a
 * service_role or sb_secret_… key is refused before it leaves the page, with the reason (it
 * bypasses Row Level Security). Such a key is also cleared from the form: it must not stay in a
 * desktop app at all. https://supabase.com/docs/guides/api/api-keys
 *
 * The values go to main in a direct bridge call, not through React Query, so nothing typed
 * here is kept in its mutation cache; messages name the problem, never the key.
 */
export function ConnectionForm({ currentUrl }: { currentUrl: string | null }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applySettings = useApplySettings();
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [savedHost, setSavedHost] = useState<string | null>(null);
  const [secretCleared, setSecretCleared] = useState(false);
  const form = useForm<ConnectionValues>({
    resolver: connectionResolver,
    defaultValues: { supabaseUrl: currentUrl ?? '', supabaseAnonKey: '' },
  });

  // Where the app would really connect, as main will store and show it: the URL parser drops tabs
  // and line breaks, so the typed text alone can read as another address.
  const origin = supabaseOriginOf(useWatch({ control: form.control, name: 'supabaseUrl' }));

  const onInvalid = (errors: FieldErrors<ConnectionValues>) => {
    setSavedHost(null);
    const reason = errors.supabaseAnonKey
      ? supabaseAnonKeyIssue(form.getValues('supabaseAnonKey').trim())?.reason
      : undefined;
    const secret = reason === 'secret_key' || reason === 'service_role_key';
    // The validation error stays on the field; only the dangerous value goes.
    if (secret) form.setValue('supabaseAnonKey', '');
    setSecretCleared(secret);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSavedHost(null);
    setSecretCleared(false);
    let settings: ResolvedSettings;
    try {
      settings = await bridge.settings.setConnection(values);
    } catch (caught) {
      const error = toAppError(caught);
      const onField =
        error.code === 'invalid_input' &&
        putServerErrorOnField(form, error, isField, { focus: true });
      if (!onField) setFailure(error);
      return;
    }
    form.reset({ supabaseUrl: settings.connection?.supabaseUrl ?? '', supabaseAnonKey: '' });
    setSavedHost(hostOf(settings.connection?.supabaseUrl ?? ''));
    applySettings(settings);
  }, onInvalid);

  const submitting = form.formState.isSubmitting;
  // Nothing to save until a field differs from the project in use (issue #14 §7).
  const changed = form.formState.isDirty;
  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField name="supabaseUrl" label={t('settings.url')} hint={t('settings.urlHint')} />
        {origin && (
          <p className="connection-origin" role="status">
            {t('settings.willConnectTo', { origin })}
          </p>
        )}
        <TextField
          name="supabaseAnonKey"
          label={t('settings.anonKey')}
          hint={t('settings.anonKeyHint')}
        />
        {secretCleared && (
          <p className="notice notice-warning" role="status">
            {t('settings.secretCleared')}
          </p>
        )}
        {failure && <ErrorMessage error={failure} />}
        {savedHost && (
          <p className="notice notice-success" role="status">
            {t('settings.saved', { host: savedHost })}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={submitting || !changed}>
            {submitting ? t('settings.saving') : t('settings.save')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
