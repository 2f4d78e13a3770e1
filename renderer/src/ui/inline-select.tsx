import { useId } from 'react';

interface InlineSelectProps<V extends string> {
  label: string;
  value: V;
  /** Called with one of `options`' values only. */
  onChange: (value: V) => void;
  /** Every choice, in order; `lang` marks words in another language than the page's. */
  options: ReadonlyArray<{ value: V; label: string; lang?: string }>;
  /** The id of a hint that says more about the choice. */
  describedBy?: string;
}

/**
 * A setting chosen from a list, its label beside the select (language, theme, auto-lock time):
 * the settings screens drew this row, and checked what came back, the same way each time.
 */
export function InlineSelect<V extends string>({
  label,
  value,
  onChange,
  options,
  describedBy,
}: InlineSelectProps<V>) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
