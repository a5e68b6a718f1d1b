/** A labelled select over a fixed list of values, shown by their labels (the values themselves when none are given). */
export type ChoiceFieldProps<T extends string> = {
  label: string;
  value: T;
  options: readonly T[];
  labels?: Readonly<Record<T, string>>;
  onChange(value: T): void;
  testId: string;
};

export function ChoiceField<T extends string>({ label, value, options, labels, onChange, testId }: ChoiceFieldProps<T>) {
  return (
    <div className="field">
      <label>
        {label}
        <select value={value} onChange={(event) => onChange(event.target.value as T)} data-testid={testId}>
          {options.map((option) => (
            <option key={option} value={option}>
              {labels?.[option] ?? option}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
