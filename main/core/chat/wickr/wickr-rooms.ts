/**
 * What a Wickr retention file tells about each conversation as it is read: its title, its members,
 * and its two timers. Wickr deletes every message when its expiration timer runs out and, with
 * burn-on-read on, soon after it is read; the gap register must see when either was on and how
 * long it was, so the reader turns each first sighting or change of a timer into an event.
 *
 * Timer facts come from two places. Room control messages (create 4001, modify 4004) carry the
 * setting in seconds; `changemask` bit 2 flags the expiration timer and bit 32 burn-on-read. Every
 * other record carries only the dates its own copy expires and burns (`ttl`, `bor`), from which
 * the length is worked out to the minute. A record without `bor` does not prove burn-on-read was
 * off (control records never carry it), so only a control record can turn a timer off.
 */

/** Wickr's two timers: expiration after sending, burn after reading. */
export type TimerKind = 'expiry' | 'burn-on-read';

/** What one record says about a timer. */
export type TimerFact = {
  kind: TimerKind;
  /** Seconds; 0 for off; null for on with a length that could not be worked out. */
  seconds: number | null;
  /** Control records give exact settings; record dates give lengths to the minute. */
  exact: boolean;
};

/** A timer turned on, changed (`on`, with its length or null) or turned off. */
export type TimerChange = { kind: TimerKind; seconds: number | null; on: boolean };

type RoomState = {
  title: string;
  members: Set<string>;
  /** Seconds (0 for off) or 'unknown' (on, length not known), and whether it came from a setting. */
  timers: Partial<Record<TimerKind, { value: number | 'unknown'; exact: boolean }>>;
};

/** Lengths worked out from record dates may be this far off an exact setting (minute display). */
const TOLERANCE_SECONDS = 60;
/** A clock change between sending and expiry shifts a worked-out length by an hour. */
const CLOCK_CHANGE_SECONDS = 3600;
/** Rooms and members tracked at most: a hostile file cannot make the reader hold more. */
const MAX_ROOMS = 100_000;
const MAX_MEMBERS = 10_000;

/** The state of every conversation seen so far; bounded in rooms and members. */
export class WickrRooms {
  private readonly rooms = new Map<string, RoomState>();
  private full = false;

  /** True once a file named more rooms than are tracked; later rooms are read without state. */
  get overflowed(): boolean {
    return this.full;
  }

  /** The room's state, created on first sight; null when too many rooms are tracked already. */
  private room(id: string): RoomState | null {
    let state = this.rooms.get(id);
    if (!state) {
      if (this.rooms.size >= MAX_ROOMS) {
        this.full = true;
        return null;
      }
      state = { title: '', members: new Set(), timers: {} };
      this.rooms.set(id, state);
    }
    return state;
  }

  title(id: string): string {
    return this.rooms.get(id)?.title ?? '';
  }

  setTitle(id: string, title: string): void {
    const state = this.room(id);
    if (state && title.trim() !== '') {
      state.title = title.trim();
    }
  }

  members(id: string): string[] {
    return [...(this.rooms.get(id)?.members ?? [])];
  }

  setMembers(id: string, members: string[]): void {
    const state = this.room(id);
    if (state) {
      state.members = new Set(members.slice(0, MAX_MEMBERS));
    }
  }

  addMembers(id: string, members: string[]): void {
    const state = this.room(id);
    for (const member of members) {
      if (state && state.members.size < MAX_MEMBERS) {
        state.members.add(member);
      }
    }
  }

  removeMembers(id: string, members: string[]): void {
    const state = this.rooms.get(id);
    for (const member of members) {
      state?.members.delete(member);
    }
  }

  /**
   * Records a timer fact for a room; returns the change to report, or null when the fact only
   * confirms (or refines) what was known. A first "off" is not reported: it is no evidence of loss.
   */
  observe(id: string, fact: TimerFact): TimerChange | null {
    const state = this.room(id);
    const known = state?.timers[fact.kind];
    const value = known?.value;
    const remember = (next: number | 'unknown'): void => {
      if (state) {
        state.timers[fact.kind] = { value: next, exact: fact.exact };
      }
    };
    if (fact.seconds === 0) {
      remember(0);
      return value === undefined || value === 0 ? null : { kind: fact.kind, seconds: null, on: false };
    }
    if (fact.seconds === null) {
      if (value === undefined || value === 0) {
        remember('unknown');
        return { kind: fact.kind, seconds: null, on: true };
      }
      return null;
    }
    if (value === undefined || value === 0) {
      remember(fact.seconds);
      return { kind: fact.kind, seconds: fact.seconds, on: true };
    }
    if (value === 'unknown') {
      remember(fact.seconds);
      return null;
    }
    const difference = Math.abs(value - fact.seconds);
    const approximate = !fact.exact || known?.exact !== true;
    const same =
      difference === 0 ||
      (approximate && (difference <= TOLERANCE_SECONDS || Math.abs(difference - CLOCK_CHANGE_SECONDS) <= TOLERANCE_SECONDS));
    if (same) {
      if (fact.exact) {
        // A setting replaces a length worked out from dates.
        remember(fact.seconds);
      }
      return null;
    }
    remember(fact.seconds);
    return { kind: fact.kind, seconds: fact.seconds, on: true };
  }
}
