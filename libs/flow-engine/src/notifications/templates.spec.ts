import { chineseDate, renderNotification } from './templates';
import { NOTIFICATION_KINDS } from './kinds';

const ITEM = { receiptNo: 'SL-2026-000042', itemName: '食品经营许可' };
const LABEL = '「食品经营许可」（受理编号：SL-2026-000042）';

describe('notification templates', () => {
  it('dates an instant in Beijing time', () => {
    expect(chineseDate('2026-03-04T16:00:00.000Z')).toBe('2026年3月5日');
    expect(chineseDate('2026-10-09')).toBe('2026年10月9日');
  });

  it('一次性告知 names the item, its receipt number, every missing material, the note and the supplement deadline', () => {
    const notice = renderNotification(
      'missing-materials',
      {
        missing: [
          { code: 'M02', name: '营业执照' },
          { code: 'M03', name: '场所平面图' },
        ],
        note: '平面图须加盖公章',
        supplementDeadline: '2026-03-20T15:59:59.999Z',
      },
      ITEM,
    );
    expect(notice).toEqual({
      subject: '一次性告知：请补正材料',
      text:
        `您申请的${LABEL}材料不齐全，现一次性告知需补正的材料：营业执照、场所平面图。说明：平面图须加盖公章。` +
        '请于2026年3月20日前补正，逾期未补正的视为撤回申请。',
    });
  });

  it('不予受理 gives the reason; the decision says approved or refused with the reason', () => {
    expect(renderNotification('acceptance-refused', { reason: '不属于本机关职权范围' }, ITEM).text).toBe(
      `您申请的${LABEL}不予受理。理由：不属于本机关职权范围。如有异议，可依法申请行政复议或提起行政诉讼。`,
    );
    expect(renderNotification('decision', { decision: 'approved' }, ITEM)).toEqual({
      subject: '办结通知：准予许可',
      text: `您申请的${LABEL}已办结，决定准予许可。请在“我的办件”查看并下载结果文书。`,
    });
    expect(renderNotification('decision', { decision: 'rejected', reason: '场所不符合要求' }, ITEM).text).toContain(
      '决定不予许可，理由：场所不符合要求。',
    );
  });

  it('staff messages name the step and its deadline', () => {
    const params = { nodeName: '现场核查', deadline: '2026-03-10T09:30:00.000Z' };
    expect(renderNotification('task-assigned', params, ITEM).text).toBe(
      `您有一项新待办：${LABEL}「现场核查」。办理期限：2026年3月10日。`,
    );
    expect(renderNotification('task-due-soon', params, ITEM).text).toBe(
      `${LABEL}「现场核查」将于2026年3月10日到期（剩余不足两个工作日），请抓紧办理。`,
    );
    expect(renderNotification('supervision-urge', { by: '督查科', note: '请说明延误原因' }, ITEM).text).toBe(
      `${LABEL}已被督办（督办人：督查科）：请说明延误原因。请尽快办理并反馈。`,
    );
    expect(renderNotification('step-overdue-escalation', { nodeName: '审查' }, ITEM).subject).toBe('环节超期上报');
  });

  it('a special procedure, an extension and a lapsed supplement are told in Chinese', () => {
    expect(
      renderNotification('clock-paused', { kind: 'hearing', reason: '申请人要求听证', expectedDays: 10 }, ITEM).text,
    ).toBe(`您申请的${LABEL}进入听证程序，预计10个工作日，所需时间不计入办理时限。原因：申请人要求听证。`);
    expect(
      renderNotification('deadline-extended', { days: 10, reason: '情况复杂', deadline: '2026-04-01T09:00:00Z' }, ITEM)
        .text,
    ).toBe(`您申请的${LABEL}经批准延长办理期限10个工作日，理由：情况复杂。办理期限延至2026年4月1日。`);
    expect(renderNotification('supplement-lapsed', { missing: ['M02'] }, ITEM).text).toBe(
      `您申请的${LABEL}未在期限内补正材料（M02），视为撤回申请。`,
    );
  });

  it("a flow notice carries the node's own text; an unknown kind reads as one; a sign-in code needs no item", () => {
    expect(renderNotification('flow-notice', { message: '请携带原件到窗口领证' }, ITEM).text).toBe(
      `${LABEL}：请携带原件到窗口领证`,
    );
    expect(renderNotification('no-such-kind', { message: '你好' }, ITEM).subject).toBe('办件通知');
    expect(
      renderNotification('password-reset-code', { code: '381920', minutes: 15 }, { receiptNo: null, itemName: null })
        .text,
    ).toBe('您正在重置通办账号的密码，验证码：381920，15分钟内有效。如非本人操作，请忽略。');
  });

  it('every kind has a Chinese subject and text', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const { subject, text } = renderNotification(kind, {}, ITEM);
      expect(subject).toMatch(/[\u4e00-\u9fff]/);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
