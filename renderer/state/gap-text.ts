/** How the gap screens write periods and volumes: an unknown end is said, never left blank. */
import type { VolumeRange } from '../../shared/model/gap.js';

export function periodText(start: string | null, end: string | null): string {
  if (start === null && end === null) {
    return 'dates unknown';
  }
  if (start !== null && start === end) {
    return start;
  }
  return `${start ?? 'unknown'} to ${end ?? 'unknown'}`;
}

export function formatVolume(volume: VolumeRange | null): string {
  if (volume === null) {
    return 'unknown';
  }
  const count = (n: number) => n.toLocaleString('en-US');
  return volume.low === volume.high ? `${count(volume.low)} ${volume.unit}` : `${count(volume.low)}–${count(volume.high)} ${volume.unit}`;
}
