import type { FlowDefinition } from '@tongban/flow-model';
import {
  inspect,
  simulate,
  type EngineEvent,
  type InstanceView,
  type ScriptStep,
  type SimulationResult,
} from '@tongban/flow-engine';
import type { Instant, IsoDate, WorkCalendar } from '@tongban/work-calendar';

/** What the tester sets before a run: when the item arrives, its form and its materials. */
export interface SimulationSetup {
  startAt: Instant;
  data: Record<string, unknown>;
  materials: string[];
}

/** A run is its setup plus the commands given so far and the simulated clock: replaying it is deterministic. */
export interface SimulationSession {
  setup: SimulationSetup;
  script: ScriptStep[];
  now: Instant;
}

export interface SimulationState {
  result: SimulationResult;
  view: InstanceView;
}

type WithoutActor<T> = T extends unknown ? Omit<T, 'actor'> : never;

export type SimulationCommand = WithoutActor<EngineEvent>;

export function startSession(setup: SimulationSetup): SimulationSession {
  return { setup, script: [], now: setup.startAt };
}

export function withCommand(session: SimulationSession, event: SimulationCommand): SimulationSession {
  return { ...session, script: [...session.script, { at: session.now, event }] };
}

/** Moves the clock on; every timer due on the way fires on replay. Never goes back. */
export function advancedTo(session: SimulationSession, to: Instant): SimulationSession {
  if (Date.parse(to) <= Date.parse(session.now)) return session;
  return { ...session, script: [...session.script, { advanceTo: to }], now: to };
}

/** The same time of day, `days` working days later. */
export function afterWorkingDays(calendar: WorkCalendar, at: Instant, days: number): Instant {
  const date = calendar.dateOf(at);
  const offset = Date.parse(at) - Date.parse(calendar.startOfDay(date));
  return new Date(Date.parse(calendar.startOfDay(calendar.addWorkingDays(date, days))) + offset).toISOString();
}

/** 09:00 on `date` in the center's time zone: office hours, where a simulated day starts. */
export function morningOf(calendar: WorkCalendar, date: IsoDate): Instant {
  return new Date(Date.parse(calendar.startOfDay(date)) + 9 * 3600_000).toISOString();
}

/** Replays the session through the engine's own simulate and inspects the item at the session's now. */
export function runSession(def: FlowDefinition, session: SimulationSession, calendar: WorkCalendar): SimulationState {
  const input = {
    applicationId: 'simulation',
    applicant: 'applicant',
    data: session.setup.data,
    materials: session.setup.materials,
  };
  const result = simulate(def, input, session.script, { calendar, startAt: session.setup.startAt });
  return { result, view: inspect(def, result.snapshot, session.now, calendar) };
}
