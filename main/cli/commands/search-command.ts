import type { Client } from '../../../shared/ipc/client.js';
import type { RecordKind } from '../../../shared/model/record.js';
import type { SearchFacets, SearchOrder } from '../../../shared/model/search.js';
import { HIT_END, HIT_START } from '../../../shared/model/search.js';
import { EXIT } from '../exit-codes.js';
import { terminalSafe } from '../terminal-text.js';
import type { CliOutput } from '../output.js';

export type SearchOptions = {
  kind?: RecordKind[];
  page: number;
  limit: number;
  json: boolean;
  order: SearchOrder;
  families: boolean;
  hideDuplicates: boolean;
  facets: boolean;
  request?: string;
};

/** Values shown per facet; the rest are summed up as "… and N more". */
const FACET_VALUES_SHOWN = 12;

const FACET_NAMES: ReadonlyArray<keyof SearchFacets> = ['custodian', 'channel', 'kind', 'year', 'month', 'tag', 'decision'];

export function formatFacets(facets: SearchFacets): string {
  const width = Math.max(...FACET_NAMES.map((name) => name.length));
  const lines = FACET_NAMES.flatMap((name) => {
    const values = facets[name];
    if (values.length === 0) {
      return [];
    }
    const shown = values.slice(0, FACET_VALUES_SHOWN).map((value) => `${value.value} (${value.count})`);
    const more = values.length > FACET_VALUES_SHOWN ? `, … and ${values.length - FACET_VALUES_SHOWN} more` : '';
    return [terminalSafe(`  ${name.padEnd(width)}  ${shown.join(', ')}${more}`)];
  });
  return `Facets:\n${lines.join('\n')}\n`;
}

export async function search(client: Client, query: string, options: SearchOptions, output: CliOutput): Promise<number> {
  const result = await client.call('search.query', {
    query,
    kinds: options.kind,
    page: options.page,
    pageSize: options.limit,
    order: options.order,
    groupFamilies: options.families,
    hideDuplicates: options.hideDuplicates,
    facets: options.facets,
    requestId: options.request ?? null,
  });
  if (options.json) {
    output.out(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  const first = result.page * result.pageSize + 1;
  const last = first + result.hits.length - 1;
  const unit = result.groupFamilies ? 'Families' : 'Records';
  output.out(result.total === 0 ? 'No records match.\n' : `${unit} ${first}–${last} of ${result.total}\n`);
  for (const hit of result.hits) {
    const snippet = hit.snippet.split(HIT_START).join('[').split(HIT_END).join(']');
    const family = result.groupFamilies && hit.familyHits > 1 ? `  (${hit.familyHits} hits in this family)` : '';
    output.out(terminalSafe(`${hit.id}  ${hit.date ?? 'undated'}  ${hit.from}${family}\n    ${hit.title.replace(/\n/g, ' ')}\n    ${snippet}`) + '\n');
  }
  if (result.facets !== null) {
    output.out(formatFacets(result.facets));
  }
  return EXIT.ok;
}
