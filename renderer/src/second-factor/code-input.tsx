import { useTranslation } from 'react-i18next';
import { LabelledInput } from '../ui/labelled-input.tsx';

/** The code's digits, without the spaces a person may type or paste ("123 456"). */
export const codeDigits = (code: string) => code.replace(/\s/g, '');

/** Whether a whole code is there: six digits. */
export const isCompleteCode = (code: string) => codeDigits(code).length === 6;

interface CodeInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}

/**
 * The 6-digit code field: numeric keyboard, the platform's one-time-code autofill, and only
 * digits kept (a code pasted as "123 456" still works).
 */
export function CodeInput({
  id,
  value,
  onChange,
  disabled,
  describedBy,
  autoFocus,
}: CodeInputProps) {
  const { t } = useTranslation();
  return (
    <LabelledInput
      id={id}
      label={t('secondFactor.codeLabel')}
      className="code-input"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      pattern="[0-9 ]*"
      value={value}
      disabled={disabled}
      autoFocus={autoFocus}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value.replace(/[^\d ]/g, '').slice(0, 7))}
    />
  );
}
