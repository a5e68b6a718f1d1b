/**
 * Ingest job ids are made here, not by the backend, so the Cancel button works from the first
 * progress event (and even before it): the UI knows the id before `sources.add` returns.
 */
export function newJobId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `job_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
