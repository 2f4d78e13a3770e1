import type { ComponentProps, ReactNode } from 'react';

type LabelledInputProps = ComponentProps<'input'> & { id: string; label: ReactNode };

/**
 * A plain field: its label above the input it names. For inputs held in a component's own state
 * (the unlock password, a code, a name to type); forms/text-field.tsx is the react-hook-form one.
 */
export function LabelledInput({ id, label, ...input }: LabelledInputProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </div>
  );
}
