import type { Card } from '../shared-ui/status';

export interface Overview {
  at: string;
  counts: { green: number; yellow: number; red: number; paused: number };
  cardCounts?: Record<Card, number>;
  /** Running steps whose card is not normal (an item late at acceptance shows here). */
  cardedSteps?: {
    applicationId: string;
    receiptNo: string;
    itemCode: string;
    nodeId: string;
    nodeName: string;
    department: string | null;
    deadline: string;
    card: Card;
  }[];
  overdue: {
    applicationId: string;
    receiptNo: string;
    itemCode: string;
    deadline: string;
    overdueWorkingDays: number;
  }[];
  overdueSteps: {
    taskId: string;
    applicationId: string;
    receiptNo: string;
    nodeId: string;
    nodeName: string | null;
    department: string | null;
    deadline: string;
  }[];
  tacitApprovals: {
    id: string;
    applicationId: string;
    receiptNo: string;
    department: string | null;
    officer: string | null;
    nodeId: string;
    note: string;
    at: string;
  }[];
  byDepartment: { department: string; open: number; onTimeRate: number | null; avgWorkingDays: number | null }[];
}

export interface Figure {
  key: string;
  name: string;
  total: number;
  open: number;
  finished: number;
  onTime: number;
  overdue: number;
  onTimeRate: number | null;
  avgWorkingDays: number | null;
}

export interface Figures {
  at: string;
  byDepartment: Figure[];
  byItem: Figure[];
}

export interface LedgerEntry {
  id: string;
  applicationId: string | null;
  receiptNo: string | null;
  kind: string;
  department: string | null;
  officer: string | null;
  nodeId: string | null;
  note: string;
  at: string;
  owner: string | null;
  dueDate: string | null;
  /** Past its own due date (still open after it, or closed only after it). */
  overdue: boolean;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string | null;
}
