import type { TFunction } from 'i18next';
import { useEffect, useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { configKeys, configValuesFrom } from '../../forms/config-values.ts';
import { FieldFrame, describedBy } from '../../forms/field-frame.tsx';
import { azureCloudOptions } from '../../forms/providers/azure-fields.tsx';
import { useFieldError } from '../../forms/use-field-error.ts';
import { NetworkActionButton } from '../../session/network-action-button.tsx';

interface EndpointSettingsProps {
  integration: Integration;
  /** Opens "Rotate credentials", the one place these settings can change. */
  onRotate: () => void;
}

/**
 * The settings bound to the key (OpenAI base URL, organization and project, AWS region, Azure
 * cloud) in the settings form, read-only: they travel with the credentials to the provider, so
 * main changes them only together with new ones (see forms/config-values.ts). Shown from the
 * integration as stored, not from the form's values.
 */
export function EndpointSettings({ integration, onRotate }: EndpointSettingsProps) {
  const { t } = useTranslation();
  const { type, config } = integration;
  const values = configValuesFrom(type, config, 'endpoint');
  return configKeys(type, 'endpoint').map((key) => (
    <ReadOnlySetting
      key={key}
      name={`config.${key}`}
      onRotate={onRotate}
      {...describe(t, key, values[key] ?? '')}
    />
  ));
}

/** The label (as in the rotate dialog) and the value in words of one endpoint setting. */
function describe(t: TFunction, key: string, value: string): { label: string; value: string } {
  switch (key) {
    case 'baseUrl':
      return { label: t('fields.openaiBaseUrl'), value: value || t('fields.openaiDefaultBaseUrl') };
    case 'authorityHost':
      return {
        label: t('fields.azureCloud'),
        value: azureCloudOptions(t, value).find((option) => option.value === value)?.label ?? value,
      };
    case 'organization':
      return { label: t('fields.openaiOrganization'), value: value || '—' };
    case 'project':
      return { label: t('fields.openaiProject'), value: value || '—' };
    case 'region':
      return { label: t('fields.awsRegion'), value };
    default:
      return { label: key, value };
  }
}

interface ReadOnlySettingProps {
  name: string;
  label: string;
  value: string;
  onRotate: () => void;
}

/** A read-only input (focusable, announced with its value), why, and the way to change it. */
function ReadOnlySetting({ name, label, value, onRotate }: ReadOnlySettingProps) {
  const { t } = useTranslation();
  const { clearErrors } = useFormContext();
  const id = useId();
  const hint = t('detail.endpointHint');
  // An error from main (e.g. refused as changed) is about the value it saw; a new one clears it.
  const error = useFieldError(name);
  useEffect(() => clearErrors(name), [value, name, clearErrors]);
  return (
    <div className="readonly-setting">
      <FieldFrame id={id} label={label} hint={hint} error={error}>
        <input
          id={id}
          type="text"
          value={value}
          readOnly
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
      </FieldFrame>
      <NetworkActionButton className="button" onClick={onRotate}>
        {t('detail.endpointChange')}
      </NetworkActionButton>
    </div>
  );
}
