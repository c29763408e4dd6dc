import type { EngineSnapshot } from '@tongban/flow-engine';

// The shapes the executor, the instance cache and the access service all hold, kept apart from the three
// services so that none of them has to import another only for a type (issue 17: no cycles, types included).

/** An instance's state as read from process_instance. */
export interface KnownInstance {
  snapshot: EngineSnapshot;
  version: number;
  centerId: string;
  flowKey: string;
  flowVersion: number;
}

/** An application row as the access service reads it, with its instance. */
export interface ApplicationRow {
  id: string;
  centerId: string;
  receiptNo: string;
  itemCode: string;
  flowKey: string;
  flowVersion: number;
  applicant: string;
  channel: string;
  status: string;
  materials: { code: string }[];
  data: Record<string, unknown>;
  createdAt: Date;
  /** The instance as read with the row: a command can start from it instead of reading it again. */
  snapshot: EngineSnapshot;
  version: number;
}
