/**
 * The read options of a source as an add request and the case's record of the source decide
 * them: what the officer says now, else what was said before, else this machine's zone. Options
 * change what records say (a chat's times), so a change re-reads the source.
 */
import { AppError } from '../../../shared/errors.js';
import type { DateOrderChoice, SourceReadOptions } from '../../../shared/model/case.js';
import { checkChatMapping } from '../chat/mapped/chat-mapping.js';
import { isValidTimeZone } from '../chat/zoned-time.js';

export type OptionArgs = {
  timeZone?: string | undefined;
  dateOrder?: DateOrderChoice | undefined;
  chatMapping?: string | null | undefined;
};

/** This machine's zone, as Intl names it; UTC where the platform cannot tell. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function resolveSourceOptions(args: OptionArgs, previous: SourceReadOptions | undefined, fallbackZone: string): SourceReadOptions {
  const options: SourceReadOptions = {
    timeZone: args.timeZone ?? previous?.timeZone ?? fallbackZone,
    dateOrder: args.dateOrder ?? previous?.dateOrder ?? 'auto',
    chatMapping: args.chatMapping === undefined ? (previous?.chatMapping ?? null) : args.chatMapping,
  };
  if (!isValidTimeZone(options.timeZone)) {
    throw new AppError('invalid-args', `"${options.timeZone}" is not a time zone this system knows (use an IANA name such as Europe/London)`, {
      timeZone: options.timeZone,
    });
  }
  if (options.chatMapping !== null) {
    let document: unknown;
    try {
      document = JSON.parse(options.chatMapping);
    } catch (error) {
      throw new AppError('invalid-args', `The chat column mapping is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const checked = checkChatMapping(document);
    if (!checked.ok) {
      throw new AppError('invalid-args', `The chat column mapping has mistakes: ${checked.errors.join('; ')}`, { errors: checked.errors });
    }
  }
  return options;
}

export function sameOptions(a: SourceReadOptions, b: SourceReadOptions): boolean {
  return a.timeZone === b.timeZone && a.dateOrder === b.dateOrder && a.chatMapping === b.chatMapping;
}
