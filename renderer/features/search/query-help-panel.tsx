/**
 * The search language, explained in the app from the same data the README is written from
 * (shared/query/query-help.ts), so the two cannot drift apart. Every example is a button that
 * runs it. Escape closes the panel and gives focus back to the button that opened it.
 */
import { useEffect, useId, useRef } from 'react';
import { QUERY_HELP } from '../../../shared/query/query-help.js';

export type QueryHelpPanelProps = {
  id: string;
  onClose(): void;
  /** Runs an example as the search. */
  onTry(example: string): void;
};

export function QueryHelpPanel({ id, onClose, onTry }: QueryHelpPanelProps) {
  const panelRef = useRef<HTMLElement>(null);
  const titleId = useId();
  // Latest handler in a ref: the listener is installed once per opening.
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    panelRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        close.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section ref={panelRef} id={id} className="query-help" aria-labelledby={titleId} tabIndex={-1} data-testid="search-help">
      <header className="query-help-header">
        <h2 id={titleId}>Search language</h2>
        <button type="button" className="secondary" onClick={onClose} data-testid="search-help-close">
          Close <kbd>Esc</kbd>
        </button>
      </header>
      {QUERY_HELP.map((section) => (
        <section key={section.title} className="query-help-section" data-testid="search-help-section">
          <h3>{section.title}</h3>
          <p className="small">{section.intro}</p>
          <table className="data-table query-help-table">
            <thead>
              <tr>
                <th scope="col">Write</th>
                <th scope="col">Example</th>
                <th scope="col">Finds</th>
              </tr>
            </thead>
            <tbody>
              {section.entries.map((entry) => (
                <tr key={`${entry.syntax} ${entry.example}`}>
                  <td>
                    <code>{entry.syntax}</code>
                  </td>
                  <td>
                    <button type="button" className="link-button help-example" onClick={() => onTry(entry.example)} title="Search for this example" data-testid="search-help-example">
                      <code>{entry.example}</code>
                    </button>
                  </td>
                  <td>{entry.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
