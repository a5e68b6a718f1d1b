/**
 * The chat's own name, as a WhatsApp export shows it in its lines rather than in its file name.
 * iOS writes a group's own lines "from" the group: the encryption notice, members added, members
 * joining or leaving, a member's security code changing ("[…] Super Group: ‎Josh added you").
 * The export has no other place for the name when its first lines (the notice, "created group
 * “…”") were not exported, so such a line, sent by someone who is not the person it names as the
 * actor, gives the name. A person's own line ("Josh: ‎Josh created this group") gives nothing.
 */
import type { ChatEvent, ChatEventKind } from '../chat-message.js';

/** Lines only a group has: their sender, when it is not their actor, is the group. */
const GROUP_LINE_KINDS: ReadonlySet<ChatEventKind> = new Set(['member-added', 'member-removed', 'member-left', 'group-created', 'group-renamed', 'security-code-changed']);

/**
 * The chat's name from one classified line, or '' when the line does not show it.
 * @param sender the line's sender, invisible marks removed ('' for a line with none)
 * @param text the line's text, invisible marks removed
 * @param systemMarked the export marked the line as WhatsApp's own (iOS: a leading U+200E)
 */
export function chatNameFromLine(sender: string, text: string, event: ChatEvent | null, systemMarked: boolean): string {
  if (sender === '' || event === null) {
    return '';
  }
  // iOS writes the notice "from" the group; Android 2016 from the contact, which is the chat's name too.
  if (event.kind === 'encryption-notice') {
    return sender;
  }
  // "Your security code with Bob changed" is a one-to-one chat's wording: its sender proves nothing.
  if (!systemMarked || !GROUP_LINE_KINDS.has(event.kind) || /^your security code/i.test(text)) {
    return '';
  }
  const actorIsSender = text === sender || [' ', "'", '’'].some((next) => text.startsWith(`${sender}${next}`));
  return actorIsSender ? '' : sender;
}

/** The name a group was created with, from 'Loris created group “Example”'; '' when it is not quoted. */
export function quotedGroupName(createdText: string): string {
  return /[“"«„](.+?)[”"»“]/.exec(createdText)?.[1] ?? '';
}
