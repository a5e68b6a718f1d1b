/** A labelled text input: the label is a real `<label htmlFor>`, so clicking it focuses the field. */
import { useId } from 'react';
import type { InputHTMLAttributes } from 'react';

export type TextFieldProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
  hint?: string;
  type?: 'text' | 'search' | 'number';
  className?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'required' | 'disabled' | 'autoFocus' | 'min' | 'max' | 'spellCheck' | 'autoComplete' | 'inputMode' | 'placeholder'>;

export function TextField({ label, value, onChange, testId, hint, type = 'text', className, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        aria-describedby={hint ? hintId : undefined}
        {...rest}
      />
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
