import { useId } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { FieldFrame, describedBy } from './field-frame.tsx';
import { useFieldError } from './use-field-error.ts';
import { OptionList } from '../ui/option-list.tsx';

interface SelectFieldProps {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  hint?: string;
}

export function SelectField({ name, label, options, hint }: SelectFieldProps) {
  const id = useId();
  const { register, formState } = useFormContext();
  const error = useFieldError(name);
  /*
   * The form's initial value also as the select's own default (the option is `defaultSelected`):
   * react-hook-form keeps a DOM value it takes for a user's edit over its default, and without
   * a default option it cannot always tell (happy-dom has no `select.size`, so the rotate
   * dialog's "Cloud" started on the first cloud there instead of the stored one).
   */
  const initial: unknown = get(formState.defaultValues, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        defaultValue={typeof initial === 'string' ? initial : undefined}
        {...register(name)}
      >
        <OptionList options={options} />
      </select>
    </FieldFrame>
  );
}
