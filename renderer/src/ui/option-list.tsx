/** The <option>s of a select, from a list of values and what each one reads as. */
export function OptionList({
  options,
}: {
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
