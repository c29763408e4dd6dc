export const LEDGER_KIND_LABELS: Record<string, string> = {
  'tacit-approval': '超期默许',
  'overdue-step': '环节超时',
  'overdue-item': '办件超期',
  'statutory-overdue': '超过法定时限',
  'second-notice': '重复告知',
  'refusal-without-reason': '无理由不予许可',
  'deemed-accepted': '逾期视为受理',
  complaint: '差评投诉',
  'complaint-overdue': '差评整改逾期',
  'officer-withdrawal': '工作人员撤件',
};

export const kindLabel = (kind: string) => LEDGER_KIND_LABELS[kind] ?? kind;
