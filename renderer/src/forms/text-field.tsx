import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { FieldFrame, describedBy } from './field-frame.tsx';
import { useFieldError } from './use-field-error.ts';
import { SecretInput } from './secret-input.tsx';

interface TextFieldProps {
  name: string;
  label: string;
  optional?: boolean;
  hint?: string;
  placeholder?: string;
  /** A credential: masked, never autocompleted or spell-checked (which could send it off-device). */
  secret?: boolean;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { name, label, optional, hint, placeholder, secret, list, multiline } = props;
  const id = useId();
  const { register } = useFormContext();
  const error = useFieldError(name);
  const common = {
    id,
    placeholder,
    autoComplete: 'off',
    spellCheck: false,
    autoCapitalize: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    ...register(name),
  };
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {multiline ? (
        <textarea rows={8} className="mono" {...common} />
      ) : secret ? (
        <SecretInput field={name} label={label} {...common} />
      ) : (
        <input type="text" list={list} {...common} />
      )}
    </FieldFrame>
  );
}
