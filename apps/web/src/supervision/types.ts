import type { Card } from '../shared-ui/status';

export interface Overview {
  at: string;
  counts: { green: number; yellow: number; red: number; paused: number };
  cardCounts: Record<Card, number>;
  /** Running items whose card (the one rule's) is not normal; `runningItems`: all of them, red first. */
  cardedItems: RunningItem[];
  runningItems: RunningItem[];
  /** Running steps whose card is not normal (an item late at acceptance shows here). */
  cardedSteps: {
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
    /** The item's card by the one rule (黄牌 until the statutory deadline passes). */
    card: Card;
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

export type { Figure, LedgerEntry } from '@tongban/api-contract';

/** A running item with its card by the one rule and the names of its running steps. */
export interface RunningItem {
  applicationId: string;
  receiptNo: string;
  itemCode: string;
  status: string;
  card: Card;
  deadline: string | null;
  clockPaused: boolean;
  steps: string[];
}
