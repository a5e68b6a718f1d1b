/**
 * The search box and kind filter. The box keeps its own draft; results change only on submit,
 * so a half-typed phrase never replaces the list the officer is working through.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { RECORD_KINDS } from '../../../shared/model/record.js';
import type { KindFilter } from '../../state/search-model.js';
import { kindLabel } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

function isKindFilter(value: string): value is KindFilter {
  return value === 'all' || (RECORD_KINDS as readonly string[]).includes(value);
}

export function SearchForm() {
  const { search } = useWorkbench();
  const state = useStore(search.store);
  const [draft, setDraft] = useState(state.query);
  const queryId = useId();
  const kindId = useId();
  const helpId = useId();
  // Per-kind counts are only trustworthy for an unfiltered search.
  const counts = state.kind === 'all' ? state.result?.countsByKind : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search.actions.search(draft);
  };

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <div className="field">
        <label htmlFor={queryId}>Search</label>
        <div className="field-row">
          <input
            id={queryId}
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="search-input"
            aria-describedby={helpId}
            spellCheck={false}
            autoComplete="off"
          />
          <button type="submit" data-testid="search-button">
            Search
          </button>
        </div>
        <span className="hint" id={helpId}>
          Words, "phrases", prefix*, OR, -exclude, from: to: subject: body:. Empty lists everything by date.
        </span>
      </div>
      <div className="field inline-field">
        <label htmlFor={kindId}>Kind</label>
        <select
          id={kindId}
          value={state.kind}
          onChange={(event) => {
            if (isKindFilter(event.target.value)) {
              void search.actions.setKind(event.target.value);
            }
          }}
          data-testid="kind-filter"
        >
          <option value="all">All kinds</option>
          {RECORD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
              {counts ? ` (${(counts[kind] ?? 0).toLocaleString('en-US')})` : ''}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
