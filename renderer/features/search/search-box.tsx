/**
 * The search box: searches as the officer types (after a pause) and at once on Enter. A query
 * it cannot read is marked in place (aria-invalid, the span underlined, the message linked by
 * aria-describedby) and the results stay as they were until the query reads again.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { FormEvent, Ref } from 'react';
import { currentProblem } from '../../state/search-model.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { QueryProblemText, QueryUnderline } from './query-problem.js';

export type SearchBoxProps = {
  inputId: string;
  helpOpen: boolean;
  helpPanelId: string;
  helpButtonRef: Ref<HTMLButtonElement>;
  onToggleHelp(): void;
};

export function SearchBox({ inputId, helpOpen, helpPanelId, helpButtonRef, onToggleHelp }: SearchBoxProps) {
  const { search } = useWorkbench();
  const state = useStore(search.store);
  const problem = currentProblem(state);
  const inputRef = useRef<HTMLInputElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const describedBy = `${inputId}-described`;

  // The underline is a copy of the text laid over the input; it must scroll as the input does.
  const syncScroll = useCallback(() => {
    if (mirrorRef.current && inputRef.current) {
      mirrorRef.current.scrollLeft = inputRef.current.scrollLeft;
    }
  }, []);
  useLayoutEffect(syncScroll, [syncScroll, state.draft, problem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search.actions.submit();
  };

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <label htmlFor={inputId} className="search-label">
        Search
      </label>
      <div className="search-row">
        <div className={problem ? 'query-box invalid' : 'query-box'}>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            value={state.draft}
            onChange={(event) => search.actions.type(event.target.value)}
            onScroll={syncScroll}
            onSelect={syncScroll}
            onKeyUp={syncScroll}
            aria-invalid={problem !== null}
            aria-describedby={describedBy}
            placeholder='budget, "a phrase", from:lay, kind:email, date:2001-10…'
            spellCheck={false}
            autoComplete="off"
            data-testid="search-input"
          />
          {problem ? <QueryUnderline text={state.draft} problem={problem} mirrorRef={mirrorRef} /> : null}
        </div>
        <button type="submit" data-testid="search-button">
          Search
        </button>
        <button
          ref={helpButtonRef}
          type="button"
          className={helpOpen ? 'secondary pressed' : 'secondary'}
          aria-expanded={helpOpen}
          aria-controls={helpOpen ? helpPanelId : undefined}
          onClick={onToggleHelp}
          data-testid="search-help-button"
        >
          Search help
        </button>
      </div>
      {/* Always present, so a screen reader hears a mistake appear and go without moving focus. */}
      <p className="search-hint" id={describedBy} aria-live="polite">
        {problem ? <QueryProblemText problem={problem} /> : <span className="muted">Searches as you type; Enter searches at once. An empty box lists every record.</span>}
      </p>
    </form>
  );
}
