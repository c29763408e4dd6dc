import type { FlowDefinition } from '@tongban/flow-model';
import type { Card, Warning } from './status';
import type { TimelineEntry } from './Timeline';

/** Shapes of the API answers the three surfaces read (see the contract and the Swagger page). */
export interface CatalogItem {
  code: string;
  name: string;
  department: string;
  legalBasis: string;
  materials: { code: string; name: string; required: boolean }[];
  flowKey: string;
  statutoryDays: number;
  promisedDays: number;
  fees: string;
  windowAuthority: string;
  centerId: string;
}

export interface Procedure {
  flowKey: string;
  flowVersion: number;
  name: string;
  definition: FlowDefinition;
  /** Department code → name in the item's center. */
  departmentNames?: Record<string, string>;
}

/** One branch's decision, as a consolidation task (牵头部门汇总) shows it. */
export interface Opinion {
  nodeId: string;
  department: string | null;
  decision: 'approve' | 'reject' | 'return';
  comment: string | null;
  actor: string;
  at: string;
  tacit?: true;
}

export interface OpenTask {
  taskId: string;
  nodeId: string;
  department: string | null;
  deadline: string | null;
  /** Present on a consolidation task: every branch's decision and comment. */
  opinions?: Opinion[];
}

/** A running step's own clock with its card. */
export interface StepClock {
  nodeId: string;
  department: string | null;
  deadline: string;
  card: Card;
  calendarOfficial: boolean;
}

export interface ApplicationView {
  id: string;
  receiptNo: string;
  itemCode: string;
  flowKey: string;
  flowVersion: number;
  applicant: string;
  channel: string;
  status: string;
  currentNodes: string[];
  acceptedAt: string | null;
  deadline: string | null;
  remainingWorkingDays: number | null;
  warning: Warning;
  clockPaused: boolean;
  /** 法定时限's deadline, moved by the same pauses and extension as `deadline`. */
  statutoryDeadline?: string | null;
  /** 电子监察 card; null once the item is finished. */
  card?: Card | null;
  /** False when a deadline rests on a year without an official holiday notice (a weekends-only guess). */
  calendarOfficial?: boolean;
  stepClocks?: StepClock[];
  pauses?: { from: string; to: string | null; kind: string; reason: string; expectedDays?: number }[];
  extension?: { days: number; reason: string; approver: string; at: string } | null;
  firstInquiryOfficer: string | null;
  missingMaterials: string[];
  /** 补正期限: past it the application counts as withdrawn (null: nothing owed under a notice). */
  supplementDeadline?: string | null;
  /** §32: the instant the item counted as accepted because nobody accepted or noticed it in time. */
  deemedAcceptanceAt?: string | null;
  materials: { code: string }[];
  data: Record<string, unknown>;
  openTasks: OpenTask[];
  submittedAt: string;
  timeline: TimelineEntry[];
}

export interface ApplicationSummary {
  id: string;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  applicant: string;
  status: string;
  acceptedAt: string | null;
  deadline: string | null;
  clockPaused: boolean;
  submittedAt: string;
  completedAt: string | null;
}

export interface TaskDto {
  id: string;
  applicationId: string;
  receiptNo: string;
  itemCode: string;
  applicant: string;
  nodeId: string;
  nodeName: string | null;
  department: string | null;
  status: 'open' | 'closed';
  createdAt: string;
  deadline: string | null;
  remainingWorkingDays: number | null;
  warning: Warning | null;
  /** The step's 电子监察 card (null for a closed task). */
  card?: Card | null;
  actingFor: string | null;
  /** Who claimed it (认领); null while open to its whole role. */
  claimedBy: string | null;
  /** 首席代表: the caller decides this task in its department's name. */
  inDepartmentName?: boolean;
  decision: string | null;
  completedBy: string | null;
  closedAt: string | null;
}

export interface Attachment {
  id: string;
  applicationId: string | null;
  materialCode: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  createdAt: string;
}

export interface Certificate {
  number: string;
  itemName: string;
  applicantName: string;
  decision: 'approved' | 'rejected';
  reason: string | null;
  decidedOn: string;
  centerName: string;
  receiptNo: string;
}

export interface Complaint {
  entryId: string;
  dueDate: string;
  owner: string | null;
  answered: boolean;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  /** Past its rectification date. */
  red: boolean;
}

export interface Rating {
  id: string;
  applicationId: string;
  receiptNo: string;
  itemName: string;
  applicant: string;
  score: number;
  label: string;
  tags: string[];
  comment: string;
  createdAt: string;
  complaint: Complaint | null;
}

export interface Department {
  code: string;
  name: string;
}
