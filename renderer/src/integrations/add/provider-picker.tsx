import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../../shared/providers.ts';
import { ProviderIcon } from '../../providers/provider-icon.tsx';
import { PROVIDER_NAMES, PROVIDER_ORDER } from '../../providers/provider-meta.ts';

interface ProviderPickerProps {
  value: ProviderType;
  onChange: (type: ProviderType) => void;
  disabled?: boolean;
}

/** A radio group drawn as cards: arrow keys move between providers, as with any radio group. */
export function ProviderPicker({ value, onChange, disabled }: ProviderPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="provider-picker" disabled={disabled}>
      <legend>{t('add.provider')}</legend>
      <div className="provider-options">
        {PROVIDER_ORDER.map((type) => (
          <label key={type} className="provider-option" data-checked={value === type || undefined}>
            <input
              type="radio"
              name="provider"
              value={type}
              checked={value === type}
              onChange={() => onChange(type)}
            />
            <ProviderIcon type={type} size={28} />
            <span>{PROVIDER_NAMES[type]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
