import type { NotificationKind } from './kinds';

/** What a template knows of the item besides the message's own params (none for a sign-in code). */
export interface ItemFacts {
  receiptNo: string | null;
  itemName: string | null;
}

export interface RenderedMessage {
  /** The e-mail subject and the robot card's title. */
  subject: string;
  text: string;
}

type Params = Record<string, unknown>;

/** 2026年3月5日, in Beijing time (China keeps +08:00 all year). */
export function chineseDate(instantOrDate: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(instantOrDate)
    ? instantOrDate
    : new Date(Date.parse(instantOrDate) + 8 * 3600_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const dateOrNull = (v: unknown): string | null => (typeof v === 'string' && v ? chineseDate(v) : null);

/** Material names of `missing`: `{ code, name }` entries or bare codes. */
function materialNames(v: unknown): string {
  if (!Array.isArray(v)) return '';
  return v.map((m) => (m && typeof m === 'object' ? str((m as Params).name || (m as Params).code) : str(m))).join('、');
}

function itemLabel(facts: ItemFacts): string {
  const name = facts.itemName ? `「${facts.itemName}」` : '';
  return facts.receiptNo ? `${name}（受理编号：${facts.receiptNo}）` : name;
}

const PAUSE_NAMES: Record<string, string> = {
  hearing: '听证',
  bidding: '招标、拍卖',
  inspection: '检验、检测、检疫',
  appraisal: '鉴定',
  'expert-review': '专家评审',
  'site-survey': '现场勘验',
  supplement: '补正材料',
};

const TEMPLATES: Record<NotificationKind, (p: Params, item: string) => RenderedMessage> = {
  'missing-materials': (p, item) => {
    const deadline = dateOrNull(p.supplementDeadline);
    const note = str(p.note);
    return {
      subject: '一次性告知：请补正材料',
      text:
        `您申请的${item}材料不齐全，现一次性告知需补正的材料：${materialNames(p.missing)}。` +
        (note ? `说明：${note}。` : '') +
        (deadline ? `请于${deadline}前补正，逾期未补正的视为撤回申请。` : '请尽快补正。'),
    };
  },
  'acceptance-refused': (p, item) => ({
    subject: '不予受理通知',
    text: `您申请的${item}不予受理。理由：${str(p.reason)}。如有异议，可依法申请行政复议或提起行政诉讼。`,
  }),
  'deemed-accepted': (p, item) => {
    const missing = materialNames(p.missing);
    return {
      subject: '视为受理通知',
      text:
        `您申请的${item}逾期未作出受理决定，自${dateOrNull(p.acceptedAt) ?? '收到申请材料之日'}起视为受理。` +
        (missing ? `尚需补正的材料：${missing}。` : ''),
    };
  },
  'supplement-lapsed': (p, item) => ({
    subject: '逾期未补正，视为撤回',
    text: `您申请的${item}未在期限内补正材料（${materialNames(p.missing)}），视为撤回申请。`,
  }),
  'clock-paused': (p, item) => {
    const days = typeof p.expectedDays === 'number' ? `，预计${p.expectedDays}个工作日` : '';
    return {
      subject: '特别程序告知',
      text: `您申请的${item}进入${PAUSE_NAMES[str(p.kind)] ?? str(p.kind)}程序${days}，所需时间不计入办理时限。原因：${str(p.reason)}。`,
    };
  },
  'deadline-extended': (p, item) => ({
    subject: '延长办理期限告知',
    text:
      `您申请的${item}经批准延长办理期限${str(p.days)}个工作日，理由：${str(p.reason)}。` +
      (dateOrNull(p.deadline) ? `办理期限延至${dateOrNull(p.deadline)}。` : ''),
  }),
  decision: (p, item) => {
    const approved = p.decision === 'approved';
    return {
      subject: approved ? '办结通知：准予许可' : '办结通知：不予许可',
      text: approved
        ? `您申请的${item}已办结，决定准予许可。请在“我的办件”查看并下载结果文书。`
        : `您申请的${item}已办结，决定不予许可${str(p.reason) ? `，理由：${str(p.reason)}` : ''}。如有异议，可依法申请行政复议或提起行政诉讼。`,
    };
  },
  'flow-notice': (p, item) => ({
    subject: '办件通知',
    text: `${item ? `${item}：` : ''}${str(p.message) || '办件有新的进展，请登录查看。'}`,
  }),
  'step-overdue-reminder': (p, item) => ({
    subject: '环节超期提醒',
    text: `${item}的「${str(p.nodeName)}」环节已超过办理时限，请尽快办理。`,
  }),
  'step-overdue-escalation': (p, item) => ({
    subject: '环节超期上报',
    text: `${item}的「${str(p.nodeName)}」环节已超过办理时限，现报请负责人督促办理。`,
  }),
  'task-assigned': (p, item) => ({
    subject: '新待办',
    text:
      `您有一项新待办：${item}「${str(p.nodeName)}」。` +
      (dateOrNull(p.deadline) ? `办理期限：${dateOrNull(p.deadline)}。` : ''),
  }),
  'task-due-soon': (p, item) => ({
    subject: '待办临期提醒',
    text: `${item}「${str(p.nodeName)}」将于${dateOrNull(p.deadline) ?? '近期'}到期（剩余不足两个工作日），请抓紧办理。`,
  }),
  'supervision-urge': (p, item) => ({
    subject: '督办通知',
    text:
      `${item}已被督办${str(p.by) ? `（督办人：${str(p.by)}）` : ''}：${str(p.note)}。` +
      (dateOrNull(p.deadline) ? `请于${dateOrNull(p.deadline)}前办结并反馈。` : '请尽快办理并反馈。'),
  }),
  'urge-reply': (p, item) => ({
    subject: '催办答复',
    text: `您对${item}的催办已答复：${str(p.reply)}`,
  }),
  'complaint-due': (p, item) => ({
    subject: '差评整改逾期',
    text: `${item}的差评投诉未在${dateOrNull(p.dueDate) ?? '规定期限'}前整改答复，已记入问责台账。`,
  }),
  'password-reset-code': (p) => ({
    subject: '重置密码验证码',
    text: `您正在重置通办账号的密码，验证码：${str(p.code)}，${str(p.minutes) || '10'}分钟内有效。如非本人操作，请忽略。`,
  }),
};

/** The Chinese text of a message of `kind` (an unknown kind reads as a flow notice). */
export function renderNotification(kind: string, params: Params, facts: ItemFacts): RenderedMessage {
  const template = TEMPLATES[kind as NotificationKind] ?? TEMPLATES['flow-notice'];
  return template(params, itemLabel(facts));
}
