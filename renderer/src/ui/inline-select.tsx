import type { ReactNode } from 'react';
import { useId } from 'react';

interface InlineSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The id of a hint that says more about the choice. */
  describedBy?: string;
  /** The <option>s. */
  children: ReactNode;
}

/**
 * A setting chosen from a list, its label beside the select (language, theme, auto-lock time):
 * the settings screens drew this row the same way each time.
 */
export function InlineSelect({ label, value, onChange, describedBy, children }: InlineSelectProps) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
