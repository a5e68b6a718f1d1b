/**
 * The chat options of the add-source form as a draft: what it shows, and which fields the officer
 * changed. Adding a path already in the case continues or updates that source, and the backend
 * keeps each stored option the request leaves out; so the form shows the stored options for such
 * a path and sends only the fields the officer changed. Sending everything would put this
 * browser's zone, 'auto' and no mapping over what the source was read with, and re-read it.
 */
import type { DateOrderChoice, SourceInfo } from '../../../shared/model/case.js';

export type ChatOptions = { timeZone: string; dateOrder: DateOrderChoice; chatMapping: string };

type Field = keyof ChatOptions;

export type ChatOptionsDraft = {
  /** What the fields show. */
  values: ChatOptions;
  /** The fields the officer changed; only these are sent. */
  touched: Readonly<Record<Field, boolean>>;
  /** The id of the source at the form's path whose stored options fill the untouched fields; null when none. */
  storedFrom: string | null;
};

/** The options sent with `sources.add`: a field left out keeps the source's stored value (or the backend's default). */
export type ChatOptionsToSend = { timeZone?: string; dateOrder?: DateOrderChoice; chatMapping?: string | null };

const FIELDS: readonly Field[] = ['timeZone', 'dateOrder', 'chatMapping'];

export function initialDraft(defaults: ChatOptions): ChatOptionsDraft {
  return { values: defaults, touched: { timeZone: false, dateOrder: false, chatMapping: false }, storedFrom: null };
}

/** A path as the officer may type it again: no surrounding spaces, no trailing separator. */
function samePath(typed: string, stored: string): boolean {
  const normalise = (path: string): string => {
    const trimmed = path.trim();
    const stripped = trimmed.replace(/[\\/]+$/, '');
    return stripped === '' ? trimmed : stripped;
  };
  return normalise(typed) !== '' && normalise(typed) === normalise(stored);
}

function storedValues(source: SourceInfo): ChatOptions {
  return { timeZone: source.options.timeZone, dateOrder: source.options.dateOrder, chatMapping: source.options.chatMapping ?? '' };
}

/**
 * The draft as the form shows it for `path`: fields the officer changed keep their values; the
 * others show the stored options of the source at that path, else `defaults`.
 */
export function draftForPath(draft: ChatOptionsDraft, path: string, sources: readonly SourceInfo[], defaults: ChatOptions): ChatOptionsDraft {
  const source = sources.find((candidate) => samePath(path, candidate.path));
  const base = source === undefined ? defaults : storedValues(source);
  const { touched } = draft;
  const values: ChatOptions = {
    timeZone: touched.timeZone ? draft.values.timeZone : base.timeZone,
    dateOrder: touched.dateOrder ? draft.values.dateOrder : base.dateOrder,
    chatMapping: touched.chatMapping ? draft.values.chatMapping : base.chatMapping,
  };
  return { values, touched, storedFrom: source?.id ?? null };
}

/** The draft after the officer edited the fields to `next`: every field that changed is the officer's now. */
export function editDraft(draft: ChatOptionsDraft, next: ChatOptions): ChatOptionsDraft {
  const touched = { ...draft.touched };
  for (const field of FIELDS) {
    if (next[field] !== draft.values[field]) {
      touched[field] = true;
    }
  }
  return { values: next, touched, storedFrom: draft.storedFrom };
}

/** Only what the officer set; an emptied mapping is sent as null, which removes it. */
export function optionsToSend(draft: ChatOptionsDraft): ChatOptionsToSend {
  const { values, touched } = draft;
  return {
    ...(touched.timeZone && values.timeZone.trim() !== '' ? { timeZone: values.timeZone.trim() } : {}),
    ...(touched.dateOrder ? { dateOrder: values.dateOrder } : {}),
    ...(touched.chatMapping ? { chatMapping: values.chatMapping.trim() === '' ? null : values.chatMapping } : {}),
  };
}
