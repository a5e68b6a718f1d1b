/**
 * `foia`, the command line: the same backend calls the app makes, for scripted and
 * headless work. Every command but `case init` opens the case given by --case (default: the
 * FOIA_CASE environment variable, else the current folder).
 */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { AppError } from '../../shared/errors.js';
import { DATE_ORDERS, SOURCE_CHANNELS } from '../../shared/model/case.js';
import type { DateOrderChoice, SourceChannel } from '../../shared/model/case.js';
import { DECISIONS } from '../../shared/model/review.js';
import type { Decision } from '../../shared/model/review.js';
import { OCR_LANGUAGE_CHOICES } from '../../shared/model/ocr.js';
import { BATES_POSITIONS, PACKET_ORDERS, PACKET_VARIANTS } from '../../shared/model/packet.js';
import { RECORD_KINDS } from '../../shared/model/record.js';
import { SEARCH_ORDERS } from '../../shared/model/search.js';
import type { SearchOrder } from '../../shared/model/search.js';
import type { CliEnvironment, CliSession } from './cli-session.js';
import { openCliSession } from './cli-session.js';
import { auditVerify, caseInit, requestCreate, requestList, sourcesList } from './commands/case-commands.js';
import { ingest } from './commands/ingest-command.js';
import { ocr, parseSourceLanguage } from './commands/ocr-command.js';
import type { OcrOptions } from './commands/ocr-command.js';
import { code, packet } from './commands/review-commands.js';
import type { PacketCliOptions } from './commands/review-commands.js';
import { savedDelete, savedList, savedRun, savedSave } from './commands/saved-commands.js';
import { search } from './commands/search-command.js';
import type { SearchOptions } from './commands/search-command.js';
import { terms } from './commands/terms-command.js';
import type { TermsOptions } from './commands/terms-command.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { CliOutput } from './output.js';
import { queryCaret } from './query-error.js';

/** The mapping file's text; a file that cannot be read is the officer's error, named as such. */
async function readMappingFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new AppError('not-found', `Cannot read the chat mapping ${path}: ${error instanceof Error ? error.message : String(error)}`, { path });
  }
}

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new InvalidArgumentError('expected a whole number');
  }
  return parsed;
}

export async function runCli(argv: readonly string[], output: CliOutput, env: CliEnvironment = {}): Promise<number> {
  let session: CliSession | null = null;
  let exitCode: number = EXIT.ok;
  const client = () => {
    session ??= openCliSession(env);
    return session.client;
  };
  const withCase = async (caseDir: string, run: () => Promise<number>) => {
    await client().call('case.open', { path: caseDir });
    exitCode = await run();
  };
  const caseOption = () => new Option('-c, --case <dir>', 'case folder').default(process.env['FOIA_CASE'] ?? '.');
  const orderOption = () => new Option('--order <order>', 'order of results').choices(SEARCH_ORDERS).default('relevance');

  const program = new Command('foia')
    .description('FOIA Workbench: index collected records, search, code, and build Bates-numbered packets, offline.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => output.out(text), writeErr: (text) => output.err(text) });

  const caseCommand = program.command('case').description('create cases');
  caseCommand
    .command('init <dir>')
    .description('create a case in an empty (or new) folder')
    .requiredOption('-n, --name <name>', 'case name')
    .option('-r, --request <title>', 'title of the first request', 'First request')
    .action(async (dir: string, options: { name: string; request: string }) => {
      exitCode = await caseInit(client(), dir, options, output);
    });

  program
    .command('ingest <source>')
    .description('add a folder (or file) of collected records to the case and index it')
    .addOption(caseOption())
    .requiredOption('-u, --custodian <name>', 'whose records these are')
    .addOption(new Option('--channel <channel>', 'the channel the records came through').choices(SOURCE_CHANNELS).default('official-email'))
    .option('--time-zone <zone>', 'IANA zone chat exports are read in (default: the source\'s, else this machine\'s)')
    .addOption(new Option('--date-order <order>', 'day/month order of WhatsApp dates the data cannot decide').choices(DATE_ORDERS))
    .option('--chat-mapping <file>', 'a JSON column mapping for other chat exports (see the README)')
    .option('--json', 'print the ingest report as JSON', false)
    .action(
      async (
        source: string,
        options: { case: string; custodian: string; channel: SourceChannel; json: boolean; timeZone?: string; dateOrder?: DateOrderChoice; chatMapping?: string },
      ) =>
        withCase(options.case, async () =>
          ingest(
            client(),
            source,
            { ...options, ...(options.chatMapping === undefined ? {} : { chatMapping: await readMappingFile(options.chatMapping) }) },
            output,
          ),
        ),
    );

  program
    .command('ocr')
    .description('read the pages that have no text layer (scans, images) with OCR, offline, each source in its language; a second run goes on where the first stopped')
    .addOption(caseOption())
    .addOption(new Option('--lang <code>', 'read every page in this language, this run only (default: each source\'s; auto detects Arabic and Chinese script)').choices([...OCR_LANGUAGE_CHOICES]))
    .option('--source-lang <id=code>', 'first keep a source\'s language in the case (repeatable; ids from `foia sources`)', parseSourceLanguage, [])
    .option('--json', 'print the result as JSON', false)
    .action(async (options: { case: string } & OcrOptions) => withCase(options.case, () => ocr(client(), options, output)));

  program
    .command('search [query...]')
    .description('full-text search; words are ANDed, "phrases", prefix*, OR, -exclude, subject:/from:/to:/body:')
    .addOption(caseOption())
    .addOption(new Option('-k, --kind <kind...>', 'only these record kinds').choices(RECORD_KINDS))
    .addOption(orderOption())
    .option('--families', 'group results by family (a message with its attachments)', false)
    .option('--hide-duplicates', 'show one copy of records filed in several places', false)
    .option('--facets', 'print counts by custodian, channel, kind, year, month, tag and decision', false)
    .option('-r, --request <id>', 'read decision: and the decision facet in this request (default: every request)')
    .option('-p, --page <n>', 'page number, from 0', positiveInt, 0)
    .option('-l, --limit <n>', 'results per page', positiveInt, 25)
    .option('--json', 'print results as JSON', false)
    .action(async (words: string[], options: { case: string } & SearchOptions) =>
      withCase(options.case, () => search(client(), words.join(' '), options, output)),
    );

  program
    .command('terms [terms...]')
    .description('search-term report: per term, records hit, unique hits, and both with families')
    .addOption(caseOption())
    .option('-f, --file <path>', 'read terms from a file, one per line')
    .option('-w, --within <query>', 'a query ANDed with every term (a date range, custodians…)', '')
    .option('-r, --request <id>', 'read decision: terms in this request')
    .addOption(new Option('--csv', 'also write the report as CSV into the case\'s reports/ folder').default(false).conflicts('pdf'))
    .option('--pdf', 'also write the report as PDF into the case\'s reports/ folder', false)
    .option('--json', 'print the report (and the written file) as JSON', false)
    .action(async (given: string[], options: { case: string } & TermsOptions) => withCase(options.case, () => terms(client(), given, options, output)),
    );

  const saved = program.command('saved').description("saved searches of a request, with the history of their counts");
  saved
    .command('list')
    .addOption(caseOption())
    .option('-r, --request <id>', 'request id (optional when the case has one request)')
    .option('--json', 'print as JSON', false)
    .action(async (options: { case: string; request?: string; json: boolean }) => withCase(options.case, () => savedList(client(), options, output)));
  saved
    .command('save <name> [query...]')
    .description('save a search (replacing one of the same name in the request) and record its count')
    .addOption(caseOption())
    .option('-r, --request <id>', 'request id (optional when the case has one request)')
    .addOption(orderOption())
    .option('--families', 'group results by family', false)
    .option('--hide-duplicates', 'show one copy of duplicated records', false)
    .option('--json', 'print as JSON', false)
    .action(
      async (name: string, words: string[], options: { case: string; request?: string; order: SearchOrder; families: boolean; hideDuplicates: boolean; json: boolean }) =>
        withCase(options.case, () => savedSave(client(), name, words.join(' '), options, output)),
    );
  saved
    .command('run <saved>')
    .description('run a saved search (by id, or by name in the request) and add its count to the history')
    .addOption(caseOption())
    .option('-r, --request <id>', 'request the name is looked up in (optional when the case has one request)')
    .option('--json', 'print the saved search and the results as JSON', false)
    .action(async (ref: string, options: { case: string; request?: string; json: boolean }) =>
      withCase(options.case, () => savedRun(client(), ref, options, output)),
    );
  saved
    .command('delete <saved>')
    .description('delete a saved search (by id, or by name in the request)')
    .addOption(caseOption())
    .option('-r, --request <id>', 'request the name is looked up in (optional when the case has one request)')
    .action(async (ref: string, options: { case: string; request?: string }) => withCase(options.case, () => savedDelete(client(), ref, options, output)));

  program
    .command('code <recordIds...>')
    .alias('tag')
    .description('code records for a request: a decision, its exemptions and a note')
    .addOption(caseOption())
    .option('-r, --request <id>', 'request id (optional when the case has one request)')
    .addOption(new Option('-d, --decision <decision>', 'the decision').choices(DECISIONS).conflicts(['clear']))
    .option('-x, --exemption <code...>', "exemption codes from the request's catalogue (b6, b7C, s40(2)…)", [])
    .option('--statute <citation>', 'the statute a (b)(3) or section 44 exemption relies on')
    .option('--clear', 'remove the coding')
    .option('--note <text>', 'reviewer note', '')
    .action(
      async (
        recordIds: string[],
        options: { case: string; request?: string; decision?: Decision; exemption: string[]; statute?: string; clear?: boolean; note: string },
      ) => {
        if (options.decision === undefined && !options.clear) {
          throw new AppError('invalid-args', `Say --decision (${DECISIONS.join(', ')}) or --clear`);
        }
        await withCase(options.case, () =>
          code(client(), recordIds, { request: options.request, decision: options.decision ?? null, exemptions: options.exemption, statute: options.statute, note: options.note }, output),
        );
      },
    );

  program
    .command('packet')
    .description("build, check and write a request's response packet: Bates-numbered, redactions burned in, withholding index, manifest")
    .addOption(caseOption())
    .option('-r, --request <id>', 'request id (optional when the case has one request)')
    .requiredOption('--prefix <prefix>', 'Bates prefix, e.g. DOJ-FOIA-')
    .option('--start <n>', 'first Bates number', positiveInt, 1)
    .option('--width <n>', 'digits of the Bates number', positiveInt, 6)
    .addOption(new Option('--position <where>', 'where the Bates number is stamped').choices([...BATES_POSITIONS]).default('bottom-right'))
    .addOption(new Option('--order <order>', 'record order').choices([...PACKET_ORDERS]).default('date'))
    .addOption(new Option('--variant <variant>', 'one PDF, or one PDF per record with DAT and OPT load files').choices([...PACKET_VARIANTS]).default('single'))
    .option('--cover-letter <file>', 'a cover letter template ({{field}} placeholders); default: no cover letter')
    .option('-o, --out <folder>', 'where to make the packet\'s folder (default: the case\'s packets/ folder)')
    .option('--json', 'print the result as JSON', false)
    .action(async (options: PacketCliOptions) =>
      withCase(options.case, () => packet(client(), options, output)),
    );

  const request = program.command('request').description('records requests in the case');
  request
    .command('create')
    .addOption(caseOption())
    .requiredOption('-t, --title <title>', 'what was asked for')
    .option('--requester <name>', 'who asked', '')
    .option('--received <yyyy-mm-dd>', 'date received')
    .action(async (options: { case: string; title: string; requester: string; received?: string }) =>
      withCase(options.case, () => requestCreate(client(), options, output)),
    );
  request
    .command('list')
    .addOption(caseOption())
    .option('--json', 'print as JSON', false)
    .action(async (options: { case: string; json: boolean }) => withCase(options.case, () => requestList(client(), options.json, output)));

  program
    .command('sources')
    .description('list the case\'s sources')
    .addOption(caseOption())
    .option('--json', 'print as JSON', false)
    .action(async (options: { case: string; json: boolean }) => withCase(options.case, () => sourcesList(client(), options.json, output)));

  program
    .command('audit')
    .description('chain of custody')
    .command('verify')
    .description('check the hash chain of audit.jsonl; exit 7 and name the first altered line if broken')
    .addOption(caseOption())
    .option('--json', 'print as JSON', false)
    .action(async (options: { case: string; json: boolean }) => withCase(options.case, () => auditVerify(client(), options.json, output)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof AppError) {
      output.err(`foia: ${error.message}\n${queryCaret(error) ?? ''}`);
      return exitCodeFor(error.code);
    }
    const commanderCode = (error as { code?: unknown }).code;
    if (typeof commanderCode === 'string' && commanderCode.startsWith('commander.')) {
      const helpShown = commanderCode === 'commander.helpDisplayed' || commanderCode === 'commander.version' || commanderCode === 'commander.help';
      return helpShown ? EXIT.ok : EXIT.usage;
    }
    output.err(`foia: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  } finally {
    await (session as CliSession | null)?.close();
  }
}
