/**
 * Long work other than ingest (running the gap detectors, building a packet, OCR): its progress as
 * the backend reports it, so the UI can show it and offer Cancel.
 */
export const TASK_KINDS = ['gap-detection', 'packet', 'ocr'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type TaskProgress = {
  /** Chosen by the caller, so it can cancel before the first report arrives. */
  jobId: string;
  kind: TaskKind;
  /** What is being done now, in words ("Reading records", "Drawing pages"). */
  stage: string;
  done: number;
  /** 0 when not known yet. */
  total: number;
};
