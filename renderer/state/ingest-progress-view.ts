/**
 * What the progress panel says about a running ingest, worked out from one `ingest.progress`
 * event. Pure, so every wording and every edge (nothing read yet, no estimate yet, the linking
 * phase after all bytes are read) is tested without a screen.
 */
import { assertNever } from '../../shared/errors.js';
import type { IngestPhase, IngestProgress } from '../../shared/ipc/contract.js';
import { formatCount } from '../components/format.js';

/** Rates over less than this are mostly start-up noise (opening the first file, the worker). */
const MIN_RATE_ELAPSED_MS = 1000;
const MB = 1024 * 1024;
const KB = 1024;

export type ProgressView = {
  phase: string;
  /** Determinate bar by bytes; null while the total is unknown or no bytes are being read. */
  bar: { value: number; max: number } | null;
  /** "12.3 MB of 456.7 MB read"; null before the scan has counted anything. */
  bytes: string | null;
  items: string;
  records: string;
  /** "3 of 12 files"; null while the scan has not counted files. */
  files: string | null;
  errors: string;
  /** "3.2 MB/s · 140 items/s"; null until enough time has passed to mean something. */
  rate: string | null;
  /** "about 2 min left"; null while the backend has no estimate. */
  timeLeft: string | null;
  currentFile: string;
};

export function phaseLabel(phase: IngestPhase): string {
  switch (phase) {
    case 'scanning':
      return 'Scanning files';
    case 'indexing':
      return 'Indexing';
    case 'threading':
      return 'Linking conversations';
    case 'done':
      return 'Finishing';
    default:
      return assertNever(phase, 'ingest phase');
  }
}

function decimal(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * "12.3 MB of 456.7 MB read": both numbers in one unit so they compare at a glance; KB for a
 * source under a megabyte, where "0.0 MB of 0.1 MB" would say nothing.
 */
export function formatByteProgress(done: number, total: number): string {
  const [size, unit] = total < MB ? [KB, 'KB'] : [MB, 'MB'];
  return `${decimal(done / size)} ${unit} of ${decimal(total / size)} ${unit} read`;
}

/** Bytes and items per second since the run started, or null while too early to tell. */
export function formatRate(bytesDone: number, itemsRead: number, elapsedMs: number): string | null {
  if (!Number.isFinite(elapsedMs) || elapsedMs < MIN_RATE_ELAPSED_MS) {
    return null;
  }
  const seconds = elapsedMs / 1000;
  const bytesPerSecond = bytesDone / seconds / MB;
  const itemsPerSecond = itemsRead / seconds;
  const items = itemsPerSecond < 10 ? decimal(itemsPerSecond) : Math.round(itemsPerSecond).toLocaleString('en-US');
  return `${decimal(bytesPerSecond)} MB/s · ${items} items/s`;
}

/**
 * "about 2 min left". An estimate from a byte rate is rough, so it is rounded to what a person
 * would say, and says nothing rather than guess when the backend has no estimate.
 */
export function formatTimeLeft(etaMs: number | null): string | null {
  if (etaMs === null || !Number.isFinite(etaMs) || etaMs < 0) {
    return null;
  }
  if (etaMs < 10_000) {
    return 'a few seconds left';
  }
  if (etaMs < 60_000) {
    return 'less than a minute left';
  }
  const minutes = Math.round(etaMs / 60_000);
  if (minutes < 60) {
    return `about ${minutes} min left`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h left` : `about ${hours} h ${rest} min left`;
}

export function progressView(progress: IngestProgress): ProgressView {
  // While scanning the total is still growing, and while linking conversations every byte is
  // read but the work is not done: a full or moving bar would claim what we do not know.
  const measurable = progress.phase === 'indexing' && progress.bytesTotal > 0;
  return {
    phase: phaseLabel(progress.phase),
    bar: measurable ? { value: Math.min(progress.bytesDone, progress.bytesTotal), max: progress.bytesTotal } : null,
    bytes: progress.bytesTotal > 0 ? formatByteProgress(progress.bytesDone, progress.bytesTotal) : null,
    items: `${formatCount(progress.itemsRead, 'item')} read`,
    records: `${formatCount(progress.recordsIndexed, 'record')} indexed`,
    files: progress.filesTotal > 0 ? `${progress.filesDone.toLocaleString('en-US')} of ${formatCount(progress.filesTotal, 'file')}` : null,
    errors: formatCount(progress.errors, 'error'),
    rate: progress.phase === 'indexing' ? formatRate(progress.bytesDone, progress.itemsRead, progress.elapsedMs) : null,
    timeLeft: progress.phase === 'indexing' ? formatTimeLeft(progress.etaMs) : null,
    currentFile: progress.currentFile,
  };
}
