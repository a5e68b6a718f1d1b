/**
 * Counts over the whole result set, per custodian, channel, kind, year and month, tag and
 * decision. A value is a toggle button: pressing it adds its condition to the query text
 * (`kind:email`, `custodian:"Jeff Skilling"`) and searches; pressing it again takes it out. The
 * box always says what is searched, so the officer can read and edit the filter as text.
 */
import { useMemo, useState } from 'react';
import { SOURCE_CHANNELS } from '../../../shared/model/case.js';
import type { SourceChannel } from '../../../shared/model/case.js';
import { DECISION_LABELS as DECIDED } from '../../../shared/model/review.js';
import { RECORD_KINDS } from '../../../shared/model/record.js';
import type { RecordKind } from '../../../shared/model/record.js';
import type { FacetCount } from '../../../shared/model/search.js';
import { facetCondition, facetMatcher } from '../../state/search-model.js';
import type { FacetName } from '../../state/search-model.js';
import { channelLabel, kindLabel } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

/** Longer lists (custodians, tags) show this many values until "Show all" is pressed. */
const SHOWN_AT_FIRST = 8;

const isKind = (value: string): value is RecordKind => (RECORD_KINDS as readonly string[]).includes(value);
const isChannel = (value: string): value is SourceChannel => (SOURCE_CHANNELS as readonly string[]).includes(value);
const DECISION_LABELS: Readonly<Record<string, string>> = { ...DECIDED, responsive: 'Responsive (any)', uncoded: 'Not coded' };
const isDecision = (value: string): boolean => Object.hasOwn(DECISION_LABELS, value);

function valueLabel(facet: FacetName, value: string): string {
  if (facet === 'kind' && isKind(value)) {
    return kindLabel(value);
  }
  if (facet === 'channel' && isChannel(value)) {
    return channelLabel(value);
  }
  if (facet === 'decision' && isDecision(value)) {
    return DECISION_LABELS[value] ?? value;
  }
  return value.length > 0 ? value : '(none)';
}

type Applies = (facet: FacetName, value: string) => boolean;

function FacetButton({ facet, value, count, label, applies }: { facet: FacetName; value: string; count: number; label?: string; applies: Applies }) {
  const { search } = useWorkbench();
  const pressed = applies(facet, value);
  const condition = facetCondition(facet, value);
  return (
    <button
      type="button"
      className="facet-value"
      aria-pressed={pressed}
      disabled={condition === null}
      onClick={() => void search.actions.toggleFacet(facet, value)}
      title={condition === null ? 'No condition of the search language says this' : `${pressed ? 'Remove' : 'Add'} ${condition} ${pressed ? 'from' : 'to'} the query`}
      data-testid="facet-value"
      data-facet={facet}
      data-value={value}
    >
      <span className="facet-label">{label ?? valueLabel(facet, value)}</span>
      <span className="facet-count">{count.toLocaleString('en-US')}</span>
    </button>
  );
}

function FacetGroup({ title, facet, values, applies }: { title: string; facet: FacetName; values: readonly FacetCount[]; applies: Applies }) {
  const [all, setAll] = useState(false);
  if (values.length === 0) {
    return null;
  }
  const shown = all ? values : values.slice(0, SHOWN_AT_FIRST);
  return (
    <section className="facet-group" data-testid="facet-group" data-facet={facet}>
      <h3>{title}</h3>
      <ul>
        {shown.map((entry) => (
          <li key={entry.value}>
            <FacetButton facet={facet} value={entry.value} count={entry.count} applies={applies} />
          </li>
        ))}
      </ul>
      {values.length > SHOWN_AT_FIRST ? (
        <button type="button" className="link-button facet-more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${values.length.toLocaleString('en-US')}`}
        </button>
      ) : null}
    </section>
  );
}

/** Years, each opening onto its months. Undated records are counted but cannot be a condition. */
function DateFacet({ years, months, applies }: { years: readonly FacetCount[]; months: readonly FacetCount[]; applies: Applies }) {
  // A year whose month the query applies starts open, so the pressed month is in view.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (years.length === 0) {
    return null;
  }
  const monthsOf = (year: string) => months.filter((month) => month.value.startsWith(`${year}-`));
  const isOpen = (year: string) => toggled.get(year) ?? monthsOf(year).some((month) => applies('month', month.value));
  const toggle = (year: string) => setToggled(new Map([...toggled, [year, !isOpen(year)]]));
  return (
    <section className="facet-group" data-testid="facet-group" data-facet="year">
      <h3>Date</h3>
      <ul>
        {years.map((year) =>
          year.value === 'undated' ? (
            <li key="undated" className="facet-undated" title="The search language has no condition for records without a date">
              <span className="facet-label muted">No date</span>
              <span className="facet-count">{year.count.toLocaleString('en-US')}</span>
            </li>
          ) : (
            <li key={year.value}>
              <div className="facet-year">
                <button
                  type="button"
                  className="facet-disclosure"
                  aria-expanded={isOpen(year.value)}
                  aria-label={`Months of ${year.value}`}
                  onClick={() => toggle(year.value)}
                  data-testid="facet-year-toggle"
                  data-value={year.value}
                >
                  {isOpen(year.value) ? '▾' : '▸'}
                </button>
                <FacetButton facet="year" value={year.value} count={year.count} applies={applies} />
              </div>
              {isOpen(year.value) ? (
                <ul className="facet-months">
                  {monthsOf(year.value).map((month) => (
                    <li key={month.value}>
                      <FacetButton facet="month" value={month.value} count={month.count} applies={applies} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

export function FacetSidebar({ id }: { id: string }) {
  const { search } = useWorkbench();
  const { result, draft, requestId } = useStore(search.store);
  // One parse of the box per change, however many values the sidebar shows.
  const applies = useMemo(() => facetMatcher(draft), [draft]);
  const facets = result?.facets ?? null;
  return (
    <aside className="facet-sidebar" id={id} aria-label="Refine the search" data-testid="facet-sidebar">
      {facets === null ? (
        <p className="muted small">Counts appear after a search.</p>
      ) : (
        <>
          <FacetGroup title="Kind" facet="kind" values={facets.kind} applies={applies} />
          <FacetGroup title="Custodian" facet="custodian" values={facets.custodian} applies={applies} />
          <FacetGroup title="Channel" facet="channel" values={facets.channel} applies={applies} />
          <DateFacet years={facets.year} months={facets.month} applies={applies} />
          <FacetGroup title="Tag" facet="tag" values={facets.tag} applies={applies} />
          <FacetGroup title={requestId === null ? 'Decision (any request)' : 'Decision (this request)'} facet="decision" values={facets.decision} applies={applies} />
        </>
      )}
    </aside>
  );
}
