/**
 * A gap's fields as the words a report prints, shared by the 36 CFR 1230.14 report and the gap
 * appendix of response packets so both say the same thing about the same gap.
 *
 * Nothing is ever printed blank: a reader (NARA, a requester, a court) must be able to tell a
 * field nobody filled in from one the software lost, so every empty value prints "Not recorded".
 *
 * Pure: no fonts, no layout.
 */
import { GAP_CAUSE_LABELS, GAP_CHANNEL_LABELS, GAP_CHANNELS, GAP_STATUSES, type Gap, type GapChannel, type GapStatus, type VolumeRange } from '../../../shared/model/gap.js';
import { cleanLine, cleanText } from '../packet/font-runs.js';

export const NOT_RECORDED = 'Not recorded';

export const GAP_STATUS_LABELS: Readonly<Record<GapStatus, string>> = {
  suspected: 'Suspected',
  confirmed: 'Confirmed',
  reported: 'Reported',
  closed: 'Closed',
};

const VOLUME_UNITS: ReadonlyArray<VolumeRange['unit']> = ['messages', 'emails', 'calls', 'records'];

const SINGULAR: Readonly<Record<VolumeRange['unit'], string>> = { messages: 'message', emails: 'email', calls: 'call', records: 'record' };

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** One-line text, or "Not recorded" when it is empty after cleaning. */
export function lineOrNotRecorded(text: string): string {
  return cleanLine(text).trim() || NOT_RECORDED;
}

/** Multi-line text (paragraphs kept), or "Not recorded" when it is empty after cleaning. */
export function textOrNotRecorded(text: string): string {
  return cleanText(text).replace(/^(?:[ ]*\n)+/, '').replace(/\s+$/u, '') || NOT_RECORDED;
}

/** One paragraph: line breaks and runs of spaces become single spaces. */
export function oneParagraph(text: string): string {
  return lineOrNotRecorded(text).replace(/ {2,}/g, ' ');
}

export function formatCustodians(custodians: readonly string[]): string {
  const names = custodians.map((name) => cleanLine(name).trim()).filter((name) => name !== '');
  return names.length === 0 ? NOT_RECORDED : names.join(', ');
}

/** The period the missing records cover, saying which end is unknown. */
export function formatPeriod(start: string | null, end: string | null): string {
  const from = start === null ? '' : cleanLine(start).trim();
  const to = end === null ? '' : cleanLine(end).trim();
  if (from !== '' && to !== '') {
    return from === to ? from : `${from} to ${to}`;
  }
  if (from !== '') {
    return `From ${from} (end date not recorded)`;
  }
  if (to !== '') {
    return `Until ${to} (start date not recorded)`;
  }
  return NOT_RECORDED;
}

function unitLabel(unit: VolumeRange['unit'], count: number): string {
  return count === 1 ? SINGULAR[unit] : unit;
}

function formatRange(low: number, high: number, unit: VolumeRange['unit']): string {
  return low === high ? `${formatCount(low)} ${unitLabel(unit, low)}` : `${formatCount(low)}–${formatCount(high)} ${unit}`;
}

/** "120–450 messages (estimate)"; the word "estimate" because nobody can count what is gone. */
export function formatVolume(volume: VolumeRange | null): string {
  return volume === null ? NOT_RECORDED : `${formatRange(volume.low, volume.high, volume.unit)} (estimate)`;
}

/**
 * The sum of the gaps' estimates, one range per unit (messages and emails are not added
 * together), saying how many gaps have no estimate so the total is not read as complete.
 */
export function formatVolumeTotal(gaps: readonly Gap[]): string {
  const parts: string[] = [];
  for (const unit of VOLUME_UNITS) {
    const ranges = gaps.flatMap((gap) => (gap.volume !== null && gap.volume.unit === unit ? [gap.volume] : []));
    if (ranges.length > 0) {
      parts.push(formatRange(ranges.reduce((sum, range) => sum + range.low, 0), ranges.reduce((sum, range) => sum + range.high, 0), unit));
    }
  }
  const missing = gaps.filter((gap) => gap.volume === null).length;
  if (missing > 0) {
    parts.push(`${formatCount(missing)} ${missing === 1 ? 'gap' : 'gaps'} not estimated`);
  }
  return parts.length === 0 ? NOT_RECORDED : parts.join('; ');
}

export function channelLabel(channel: GapChannel): string {
  return GAP_CHANNEL_LABELS[channel];
}

export function causeLabel(gap: Gap): string {
  return GAP_CAUSE_LABELS[gap.cause];
}

export function statusLabel(status: GapStatus): string {
  return GAP_STATUS_LABELS[status];
}

/** The channels that have gaps, in the model's order. */
export function channelsPresent(gaps: readonly Gap[]): GapChannel[] {
  return GAP_CHANNELS.filter((channel) => gaps.some((gap) => gap.channel === channel));
}

/** Statuses in the order a gap moves through them. */
export const STATUS_ORDER: readonly GapStatus[] = GAP_STATUSES;

/** "Gap 2 of 3: <title>", with the title or "Untitled gap". */
export function gapHeading(gap: Gap, ordinal: number, total: number): string {
  const title = cleanLine(gap.title).trim() || 'Untitled gap';
  return `Gap ${ordinal} of ${total}: ${title}`;
}
