import type { Client } from '../../../shared/ipc/client.js';
import { EXIT } from '../exit-codes.js';
import type { CliOutput } from '../output.js';

export async function caseInit(client: Client, dir: string, options: { name: string; request: string }, output: CliOutput): Promise<number> {
  const summary = await client.call('case.create', { path: dir, name: options.name, requestTitle: options.request });
  const [request] = summary.requests;
  output.out(`Created case "${summary.name}" in ${summary.path}\n`);
  if (request) {
    output.out(`First request: ${request.id}  ${request.title}\n`);
  }
  return EXIT.ok;
}

export async function requestCreate(client: Client, options: { title: string; requester: string; received?: string }, output: CliOutput): Promise<number> {
  const request = await client.call('requests.create', { title: options.title, requester: options.requester, receivedOn: options.received ?? null });
  output.out(`${request.id}\t${request.title}\n`);
  return EXIT.ok;
}

export async function requestList(client: Client, json: boolean, output: CliOutput): Promise<number> {
  const requests = await client.call('requests.list', {});
  if (json) {
    output.out(`${JSON.stringify(requests, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const request of requests) {
    output.out(`${request.id}\t${request.responsiveCount} responsive\t${request.notResponsiveCount} not responsive\t${request.title}\n`);
  }
  return EXIT.ok;
}

export async function sourcesList(client: Client, json: boolean, output: CliOutput): Promise<number> {
  const sources = await client.call('sources.list', {});
  if (json) {
    output.out(`${JSON.stringify(sources, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const source of sources) {
    output.out(`${source.id}\t${source.custodian}\t${source.recordCount} records\t${source.errorCount} errors\t${source.path}\n`);
  }
  return EXIT.ok;
}

export async function auditVerify(client: Client, json: boolean, output: CliOutput): Promise<number> {
  const result = await client.call('audit.verify', {});
  if (json) {
    output.out(`${JSON.stringify(result, null, 2)}\n`);
  } else if (result.ok) {
    output.out(`audit.jsonl intact: ${result.lineCount} lines, head ${result.headSha256}\n`);
  } else {
    output.out(`audit.jsonl ALTERED at line ${result.firstBadLine}: ${result.problem}\n`);
  }
  return result.ok ? EXIT.ok : EXIT.auditFailed;
}
