import { calendar, input, Item, sh, workflow } from '../__tests__/harness';
import { cardAt } from '../cards/card';
import { inspect, summarize } from './inspect';

const fields = ['status', 'firstInquiryOfficer', 'acceptedAt', 'deadline', 'statutoryDeadline', 'clockPaused'] as const;

/** summarize is inspect's projection, computed more cheaply: the two must agree at every point of an item's life. */
describe('summarize', () => {
  test('agrees with inspect through acceptance, pause across National Day, resume and the decisions', () => {
    const it = new Item(
      workflow('parallel-review'),
      sh('2026-09-28 09:00'),
      input({ materials: ['M01', 'M02', 'M03'] }),
    );
    const seen = new Set<string>();
    const check = (at: string) => {
      const full = inspect(it.def, it.snapshot, at, calendar);
      const summary = summarize(it.def, it.snapshot, at, calendar);
      const { cards, ...facts } = summary;
      expect(facts).toEqual(Object.fromEntries(fields.map((field) => [field, full[field]])));
      expect(cardAt(cards.item, at)).toBe(full.card);
      expect(cards.steps.map((step) => [step.nodeId, cardAt(step, at)])).toEqual(
        full.stepClocks.map((step) => [step.nodeId, step.card]),
      );
      seen.add(`${summary.status} ${summary.clockPaused}`);
    };
    check(sh('2026-09-28 09:30'));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-09-28 10:00'));
    check(sh('2026-09-28 11:00'));
    it.send(
      { type: 'pause', reason: '组织专家评审', kind: 'expert-review', expectedDays: 10, actor: 'plan1' },
      sh('2026-09-29 09:00'),
    );
    check(sh('2026-10-08 12:00'));
    it.send({ type: 'resume', actor: 'plan1' }, sh('2026-10-09 10:00'));
    check(sh('2026-10-10 10:00'));
    for (const node of ['plan', 'fire', 'env']) {
      it.decide(node, 'approve', sh('2026-10-12 09:00'));
      check(sh('2026-10-13 09:00'));
    }
    expect([...seen]).toEqual(['submitted false', 'in-review false', 'in-review true', 'approved false']);
  });
});
