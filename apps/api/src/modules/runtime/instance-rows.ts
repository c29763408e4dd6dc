import type { EngineSnapshot } from '@tongban/flow-engine';

// The shapes the write path, the instance cache and the access service all hold, kept apart from the three
// services so that none of them has to import another only for a type (issue 17: no cycles, types included).

/** An instance's state as read from process_instance. */
export interface KnownInstance {
  snapshot: EngineSnapshot;
  version: number;
  centerId: string;
  flowKey: string;
  flowVersion: number;
}

/** An application's columns as the access service reads them: who submitted it, where, and its status. */
export interface ApplicationFacts {
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
}

/** An application row with its instance, for a view. */
export interface ApplicationRow extends ApplicationFacts {
  snapshot: EngineSnapshot;
  version: number;
}
