import { OptionList } from './option-list.tsx';

interface FilterSelectProps<V extends string> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  /** Every choice, in order (an "any" choice first where the filter has one). */
  options: ReadonlyArray<{ value: V; label: string }>;
}

/**
 * A filter or sort choice above a list (integrations, activity): a small label over a select.
 * The value is one of `options` (a select can only give back what it was offered).
 */
export function FilterSelect<V extends string>({
  label,
  value,
  onChange,
  options,
}: FilterSelectProps<V>) {
  return (
    <label className="list-control">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as V)}>
        <OptionList options={options} />
      </select>
    </label>
  );
}
