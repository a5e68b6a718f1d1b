/**
 * A folder path on this machine. Desktop mode adds a Browse… button (native dialog); browser
 * mode has no dialogs, so the officer types or pastes the path.
 */
import { useId, useState } from 'react';
import { useStore } from './use-store.js';
import { useWorkbench } from './workbench-context.js';

export type FolderFieldProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Title of the native dialog. */
  dialogTitle: string;
  testId?: string;
  browseTestId?: string;
  hint?: string;
  disabled?: boolean;
};

export function FolderField({ label, value, onChange, dialogTitle, testId, browseTestId, hint, disabled }: FolderFieldProps) {
  const { session } = useWorkbench();
  const { info } = useStore(session.store);
  const [picking, setPicking] = useState(false);
  const id = useId();
  const hintId = `${id}-hint`;

  const browse = async () => {
    setPicking(true);
    try {
      const picked = await session.actions.pickFolder(dialogTitle);
      if (picked !== null) {
        onChange(picked);
      }
    } finally {
      setPicking(false);
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
          aria-describedby={hint ? hintId : undefined}
          spellCheck={false}
          autoComplete="off"
          required
          disabled={disabled}
        />
        {info?.dialogs ? (
          <button type="button" className="secondary" onClick={() => void browse()} disabled={disabled || picking} data-testid={browseTestId}>
            Browse…
          </button>
        ) : null}
      </div>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
