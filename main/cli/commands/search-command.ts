import type { Client } from '../../../shared/ipc/client.js';
import type { RecordKind } from '../../../shared/model/record.js';
import { HIT_END, HIT_START } from '../../../shared/model/search.js';
import { EXIT } from '../exit-codes.js';
import { terminalSafe } from '../terminal-text.js';
import type { CliOutput } from '../output.js';

export async function search(
  client: Client,
  query: string,
  options: { kind?: RecordKind[]; page: number; limit: number; json: boolean },
  output: CliOutput,
): Promise<number> {
  const result = await client.call('search.query', { query, kinds: options.kind, page: options.page, pageSize: options.limit });
  if (options.json) {
    output.out(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  const first = result.page * result.pageSize + 1;
  const last = first + result.hits.length - 1;
  output.out(result.total === 0 ? 'No records match.\n' : `Records ${first}–${last} of ${result.total}\n`);
  for (const hit of result.hits) {
    const snippet = hit.snippet.split(HIT_START).join('[').split(HIT_END).join(']');
    output.out(terminalSafe(`${hit.id}  ${hit.date ?? 'undated'}  ${hit.from}\n    ${hit.title.replace(/\n/g, ' ')}\n    ${snippet}`) + '\n');
  }
  return EXIT.ok;
}
