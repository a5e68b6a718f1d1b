/**
 * `foia saved`: the saved searches of a request, the same ones the app's Reports screen lists.
 * A saved search is named by its id or, within the request, by its name.
 */
import { AppError } from '../../../shared/errors.js';
import type { Client } from '../../../shared/ipc/client.js';
import type { SavedSearch, SearchOrder } from '../../../shared/model/search.js';
import { EXIT } from '../exit-codes.js';
import type { CliOutput } from '../output.js';
import { terminalSafe } from '../terminal-text.js';
import { resolveRequestId } from './review-commands.js';

const SAVED_ID = /^v_[0-9a-f]{8,64}$/;

/** "12 on 2025-01-02 10:00, 15 on 2025-02-01 09:30": each save and run with its count. */
export function formatHistory(saved: SavedSearch): string {
  return saved.history.map((run) => `${run.total} on ${run.at.slice(0, 10)} ${run.at.slice(11, 16)}`).join(', ');
}

function describeSaved(saved: SavedSearch): string {
  const last = saved.history[saved.history.length - 1];
  const options = [saved.order, ...(saved.groupFamilies ? ['families'] : []), ...(saved.hideDuplicates ? ['no duplicates'] : [])].join(', ');
  return terminalSafe(
    `${saved.id}  ${saved.name}\n    query: ${saved.query === '' ? '(every record)' : saved.query}  [${options}]\n    last count: ${last?.total ?? '—'}   history: ${formatHistory(saved)}`,
  );
}

/** The saved search `ref` names: an id as is, else the one of that name in the request. */
async function resolveSaved(client: Client, ref: string, request: string | undefined): Promise<string> {
  if (SAVED_ID.test(ref)) {
    return ref;
  }
  const requestId = await resolveRequestId(client, request);
  const match = (await client.call('savedSearches.list', { requestId })).find((saved) => saved.name === ref);
  if (!match) {
    throw new AppError('not-found', `No saved search named "${ref}" in request ${requestId} (see "foia saved list")`, { name: ref, requestId });
  }
  return match.id;
}

export async function savedList(client: Client, options: { request?: string; json: boolean }, output: CliOutput): Promise<number> {
  const requestId = await resolveRequestId(client, options.request);
  const list = await client.call('savedSearches.list', { requestId });
  if (options.json) {
    output.out(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  output.out(list.length === 0 ? `No saved searches in request ${requestId}.\n` : `${list.map(describeSaved).join('\n')}\n`);
  return EXIT.ok;
}

export async function savedSave(
  client: Client,
  name: string,
  query: string,
  options: { request?: string; order: SearchOrder; families: boolean; hideDuplicates: boolean; json: boolean },
  output: CliOutput,
): Promise<number> {
  const requestId = await resolveRequestId(client, options.request);
  const before = (await client.call('savedSearches.list', { requestId })).some((saved) => saved.name === name);
  const saved = await client.call('savedSearches.save', {
    requestId,
    name,
    query,
    order: options.order,
    groupFamilies: options.families,
    hideDuplicates: options.hideDuplicates,
  });
  if (options.json) {
    output.out(`${JSON.stringify(saved, null, 2)}\n`);
  } else {
    output.out(`${before ? 'Replaced' : 'Saved'}: ${describeSaved(saved)}\n`);
  }
  return EXIT.ok;
}

export async function savedRun(client: Client, ref: string, options: { request?: string; json: boolean }, output: CliOutput): Promise<number> {
  const savedSearchId = await resolveSaved(client, ref, options.request);
  const { saved, result } = await client.call('savedSearches.run', { savedSearchId });
  if (options.json) {
    output.out(`${JSON.stringify({ saved, result }, null, 2)}\n`);
    return EXIT.ok;
  }
  output.out(`${terminalSafe(saved.name)}: ${result.total} ${result.groupFamilies ? 'families' : 'records'} now\n${describeSaved(saved)}\n`);
  return EXIT.ok;
}

export async function savedDelete(client: Client, ref: string, options: { request?: string }, output: CliOutput): Promise<number> {
  const savedSearchId = await resolveSaved(client, ref, options.request);
  await client.call('savedSearches.delete', { savedSearchId });
  output.out(`Deleted saved search ${savedSearchId}.\n`);
  return EXIT.ok;
}
