/**
 * Gmail Takeout writes a message's labels in `X-Gmail-Labels`, comma-separated, with a label
 * that itself holds a comma in double quotes: `Inbox,"Projects, 2021",Unread`.
 */
import type { MailHeader } from '../../mail/mail-message.js';

export function gmailLabels(headers: readonly MailHeader[]): string[] {
  const header = headers.find((entry) => entry.name.toLowerCase() === 'x-gmail-labels');
  if (header === undefined) {
    return [];
  }
  const labels: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of header.value) {
    if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      labels.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  labels.push(current);
  return labels.map((label) => label.replace(/\s+/g, ' ').trim()).filter((label) => label !== '');
}
