import type { ItemCards } from '../cards/card';
import type { StaffFacts } from '../accountability/responsibility';
import type { Effect } from '../effects';

// The rows one accepted command writes, as the planner computes them and the shell's write path stores them.

/** What the effects of one command need to know beyond themselves. */
export interface EffectScope {
  centerId: string;
  applicationId: string;
  at: string;
  /** node id → display name, for the inbox. */
  nodeNames: Map<string, string>;
  actor: string;
  onBehalfOf: string | null;
  /** What the shell knows of staff at `at`, for whom a ledger row names (see `ledgerResponsibility`). */
  staff: StaffFacts;
  /** By when a new ledger row must be closed (a date in the center's calendar). */
  ledgerDueDate: string;
}

/** The application row's columns that follow the engine's state (the projection). */
export interface Projection {
  status: string;
  firstInquiryOfficer: string | null;
  acceptedAt: string | null;
  deadline: string | null;
  clockPaused: boolean;
  completedAt: string | null;
  /** When the item's and its running steps' cards change (电子监察). */
  cards: ItemCards;
}

/** The application row a submit creates (its projection columns come from `Projection`). */
export interface NewApplication {
  receiptNo: string;
  itemCode: string;
  applicant: string;
  channel: string;
  data: unknown;
  materials: unknown;
}

/** One row of the append-only event log. */
export interface EventRow {
  centerId: string;
  applicationId: string;
  version: number;
  at: string;
  actor: string;
  onBehalfOf: string | null;
  command: string;
  nodeId: string | null;
  fromStatus: string | null;
  toStatus: string;
  payload: Record<string, unknown>;
}

/** What a command answers (and what an idempotency key replays). */
export interface CommandResponse {
  applicationId: string;
  status: string;
  version: number;
  effects: Effect[];
}

/** Everything one accepted command writes: computed in memory, written with the rest of its batch. */
export interface CommandWrite {
  applicationId: string;
  centerId: string;
  flowKey: string;
  flowVersion: number;
  at: string;
  snapshot: unknown;
  version: number;
  projection: Projection;
  /** Set by submit: the item is new, its application and instance rows are inserted. */
  created?: NewApplication;
  event: EventRow;
  effects: Effect[];
  effectScope: EffectScope;
  idempotency?: { actor: string; key: string; requestHash: string; response: CommandResponse };
  /** Set when the item is decided in this command: its result document is numbered with the batch (统一出证). */
  certificate?: { year: number; decision: string };
}
