/**
 * Names LinkedIn conversations. The export gives a title for a few (InMail subjects, "Sponsored
 * Conversation") and otherwise only who wrote to whom on each row, so a conversation is named
 * after its participants, as the first row that names any gives them. Rows that name nobody (the
 * "Message request accepted" notices) may come first; they wait, in order, for the next row of the
 * same conversation, so every row of one conversation carries one name.
 *
 * Rows of one conversation are contiguous in the export; should they not be, a conversation that
 * comes back is named again from its own rows (the same participants give the same name).
 */
import type { ChatItem } from '../chat-message.js';

/** Rows held back at most while waiting for a name; past this they go on unnamed. */
const MAX_WAITING = 1000;

/** Gives each row of a conversation one name, holding back rows that name nobody (see the file's header). */
export class ConversationNames<T extends ChatItem> {
  private currentId: string | null = null;
  private currentName: string | null = null;
  private waiting: T[] = [];

  /**
   * Takes the next row's item with the conversation title and participant names the row gives;
   * returns the items that can go on now, in order, each with `conversation` set.
   */
  push(item: T, title: string, participants: string[]): T[] {
    const ready: T[] = [];
    if (item.conversationId !== this.currentId) {
      ready.push(...this.release(''));
      this.currentId = item.conversationId;
      this.currentName = null;
    }
    const names = [...new Set(participants.map((name) => name.trim()).filter((name) => name !== ''))].sort();
    const own = title.trim() !== '' ? title.trim() : names.join(', ');
    if (this.currentName === null && own !== '') {
      this.currentName = own;
      ready.push(...this.release(own));
    }
    if (this.currentName === null) {
      this.waiting.push(item);
      if (this.waiting.length >= MAX_WAITING) {
        ready.push(...this.release(''));
      }
      return ready;
    }
    item.conversation = title.trim() !== '' ? title.trim() : this.currentName;
    ready.push(item);
    return ready;
  }

  /** The rows still waiting at the end of the file, unnamed. */
  finish(): T[] {
    return this.release('');
  }

  private release(name: string): T[] {
    const released = this.waiting;
    this.waiting = [];
    for (const item of released) {
      item.conversation = name;
    }
    return released;
  }
}
