import type { WorkCalendar } from '@tongban/work-calendar';
import type { Instant } from '../types';

/**
 * 电子监察 cards as deployed systems issue them: 正常, 预警 (the last working days before the promised deadline),
 * 黄牌 (past the promised deadline), 红牌 (past the statutory deadline).
 */
export type Card = 'normal' | 'warning' | 'yellow' | 'red';

/**
 * The instants a clock's card changes at: `warning` from `warningFrom` on, `yellow` after `yellowFrom`, `red`
 * after `redFrom`; null: not while the clock stands as it is. Stored beside the item (the application row), they
 * give the card at any later instant without the snapshot.
 */
export interface CardTimes {
  warningFrom: Instant | null;
  yellowFrom: Instant | null;
  redFrom: Instant | null;
}

/** A clock at the moment it is read: its deadlines, the warning lead, and whether it stands still. */
export interface CardClock {
  /** The promised (enforced) deadline; for a step, its own deadline. */
  deadline: Instant;
  /** The statutory deadline; null for a step (a step's own deadline is its only limit). */
  statutoryDeadline: Instant | null;
  /** 预警: working days before `deadline` when the card turns to `warning` (0: never). */
  warnAtRemainingDays: number;
  /** A paused clock: its card stays what it is at `at` until the clock runs again. */
  stopped: boolean;
  at: Instant;
}

/**
 * The card of a clock at `at` from its card times; null (no card) for a finished item or a closed step.
 * The one rule the item view, the workbench and the supervision dashboard share.
 */
export function cardAt(times: CardTimes | null, at: Instant): Card | null {
  if (!times) return null;
  const t = Date.parse(at);
  const after = (from: Instant | null) => from !== null && t > Date.parse(from);
  if (after(times.redFrom)) return 'red';
  if (after(times.yellowFrom)) return 'yellow';
  if (times.warningFrom !== null && t >= Date.parse(times.warningFrom)) return 'warning';
  return 'normal';
}

/**
 * When the card of a running clock changes: `warning` from the start of the last `warnAtRemainingDays` working
 * days up to the promised deadline's day, `yellow` past the promised deadline, `red` past the statutory one (a
 * step's `red`: past its own deadline). A stopped clock cannot move towards a card while it stands (its deadlines
 * move on with every paused day), so only the changes it has already passed are kept.
 */
export function cardTimes(clock: CardClock, calendar: WorkCalendar): CardTimes {
  const times: CardTimes = {
    warningFrom: warningStart(clock.deadline, clock.warnAtRemainingDays, calendar),
    yellowFrom: clock.statutoryDeadline === null ? null : clock.deadline,
    redFrom: clock.statutoryDeadline ?? clock.deadline,
  };
  if (!clock.stopped) return times;
  const reached = cardAt(times, clock.at);
  return {
    warningFrom: reached === 'normal' ? null : times.warningFrom,
    yellowFrom: reached === 'yellow' || reached === 'red' ? times.yellowFrom : null,
    redFrom: reached === 'red' ? times.redFrom : null,
  };
}

// Every command stores its items' card times, and many items share a deadline: remembered per calendar.
const warningStarts = new WeakMap<WorkCalendar, Map<string, Instant>>();
const REMEMBERED = 4096;

/** The start of the first of the last `days` working days up to the deadline's day (null for 0 days). */
function warningStart(deadline: Instant, days: number, calendar: WorkCalendar): Instant | null {
  if (days <= 0) return null;
  let known = warningStarts.get(calendar);
  if (!known) warningStarts.set(calendar, (known = new Map()));
  const key = `${deadline} ${days}`;
  let start = known.get(key);
  if (start === undefined) {
    const day = calendar.dateOf(deadline);
    // The deadline's day is one of the `days` when it is a working day (a 0-day limit may end on a day off).
    start = calendar.startOfDay(calendar.addWorkingDays(day, calendar.isWorkday(day) ? 1 - days : -days));
    if (known.size >= REMEMBERED) known.clear();
    known.set(key, start);
  }
  return start;
}

/** A running step's card times, as the application row keeps them (see `ItemCards`). */
export interface StepCardTimes extends CardTimes {
  nodeId: string;
  department: string | null;
  deadline: Instant;
}

/** When the item's card and each running step's card change; `item` null once the item is finished. */
export interface ItemCards {
  item: CardTimes | null;
  steps: StepCardTimes[];
}

/** The item's card at `at` from its stored card times (null: no card, or a row written before cards existed). */
export function itemCardAt(cards: ItemCards | null | undefined, at: Instant): Card | null {
  return cards ? cardAt(cards.item, at) : null;
}

/** A step's card at `at` from the item's card times: a running step without a limit is `normal`. */
export function stepCardAt(cards: ItemCards | null | undefined, nodeId: string, at: Instant): Card | null {
  if (!cards?.item) return null;
  const step = cards.steps.find((s) => s.nodeId === nodeId);
  return step ? cardAt(step, at) : 'normal';
}
