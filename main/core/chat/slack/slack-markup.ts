/**
 * Slack's message markup to plain text. Slack stores `<@U123>` for a mention, `<#C123|general>`
 * for a channel, `<https://x|label>` for a link, `<!here>` for a broadcast, and escapes only
 * `&`, `<` and `>` as entities. The text an officer searches must show names, not ids, and keep
 * link targets, which are often the evidence.
 */
import { isRecord, stringField, type JsonRecord } from '../json-fields.js';
import type { SlackDirectory } from './slack-directory.js';

/**
 * One bracketed token. `[^<>]` keeps each attempt within one bracket pair, so a 50 MB text full
 * of unmatched `<` is still scanned in linear time.
 */
const TOKEN = /<([^<>]*)>/g;
const ENTITY = /&(lt|gt|amp);/g;
const ENTITY_VALUES: Record<string, string> = { lt: '<', gt: '>', amp: '&' };

function decodeSlackEntities(text: string): string {
  return text.replace(ENTITY, (_whole, name: string) => ENTITY_VALUES[name] ?? '');
}

/** A person's name for a mention: the directory's, else the label written in the token, else the id. */
export function slackUserName(directory: SlackDirectory, id: string, label = ''): string {
  return directory.users.get(id)?.name ?? (label || id);
}

function withoutScheme(url: string): string {
  return url.replace(/^(?:https?:\/\/|mailto:|tel:)/i, '');
}

function renderLink(url: string, label: string): string {
  if (label === '' || label === url || label === withoutScheme(url)) {
    return label !== '' && /^(?:mailto|tel):/i.test(url) ? label : url;
  }
  return `${label} (${url})`;
}

function renderSpecial(body: string, label: string): string {
  const name = body.split('^')[0] ?? body;
  if (label !== '') {
    return label;
  }
  return `@${name}`;
}

function renderToken(inner: string, directory: SlackDirectory): string | null {
  const bar = inner.indexOf('|');
  const target = decodeSlackEntities(bar < 0 ? inner : inner.slice(0, bar));
  const label = decodeSlackEntities(bar < 0 ? '' : inner.slice(bar + 1));
  if (target.startsWith('@')) {
    return `@${slackUserName(directory, target.slice(1), label.replace(/^@/, ''))}`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return `#${directory.conversationsById.get(id)?.name ?? (label || id)}`;
  }
  if (target.startsWith('!')) {
    return renderSpecial(target.slice(1), label);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    return renderLink(target, label);
  }
  // Not a form Slack writes (it escapes a literal `<` as &lt;): keep it as written.
  return null;
}

/** Plain text for a Slack `text` field, with mentions resolved through the directory. */
export function renderSlackText(text: string, directory: SlackDirectory): string {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    pieces.push(decodeSlackEntities(text.slice(last, at)));
    const rendered = renderToken(match[1] ?? '', directory);
    pieces.push(rendered ?? decodeSlackEntities(match[0]));
    last = at + match[0].length;
  }
  pieces.push(decodeSlackEntities(text.slice(last)));
  return pieces.join('');
}

/** Deeper nesting than Slack's own blocks ever use is hostile input: stop there. */
const MAX_BLOCK_DEPTH = 16;

function elementText(element: JsonRecord, directory: SlackDirectory, depth: number): string {
  const type = stringField(element, 'type');
  switch (type) {
    case 'text':
      return stringField(element, 'text');
    case 'link':
      return renderLink(stringField(element, 'url'), stringField(element, 'text'));
    case 'user':
      return `@${slackUserName(directory, stringField(element, 'user_id'))}`;
    case 'channel': {
      const id = stringField(element, 'channel_id');
      return `#${directory.conversationsById.get(id)?.name ?? id}`;
    }
    case 'broadcast':
      return `@${stringField(element, 'range')}`;
    case 'emoji':
      return `:${stringField(element, 'name')}:`;
    case 'mrkdwn':
    case 'plain_text':
      return renderSlackText(stringField(element, 'text'), directory);
    default:
      break;
  }
  const children = element['elements'];
  if (Array.isArray(children)) {
    const separator = type === 'rich_text_list' ? '\n' : '';
    return blockListText(children, directory, depth + 1, separator);
  }
  const nested = element['text'];
  return isRecord(nested) ? elementText(nested, directory, depth + 1) : '';
}

function blockListText(blocks: unknown[], directory: SlackDirectory, depth: number, separator: string): string {
  if (depth > MAX_BLOCK_DEPTH) {
    return '';
  }
  return blocks
    .filter(isRecord)
    .map((block) => elementText(block, directory, depth))
    .filter((part) => part !== '')
    .join(separator);
}

/**
 * Plain text from a message's `blocks` (rich text, sections), for messages whose `text` is
 * empty. Slack keeps `text` as the fallback of the blocks, so it is preferred when present.
 */
export function slackBlocksText(blocks: unknown[], directory: SlackDirectory): string {
  return blockListText(blocks, directory, 0, '\n');
}
