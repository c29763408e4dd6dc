import type { AccountabilityKind } from '../effects';

/** Every ledger kind: the engine's, and those the shell writes itself (好差评 complaints and their lapses). */
export type LedgerKind = AccountabilityKind | 'complaint' | 'complaint-overdue';

/** A ledger entry as first named: by the engine (which knows tasks and claims, not staff) or a shell service. */
export interface LedgerLapse {
  kind: LedgerKind;
  department: string | null;
  officer: string | null;
}

/** Facts about staff at the instant the entry is written, which only the shell has. */
export interface StaffFacts {
  /** A → B: the B post (AB岗) that covered each absent A post at that instant. */
  coveredBy: Readonly<Record<string, string>>;
  /** The department of the officer who sent the command (an officer's withdrawal is that department's). */
  actorDepartment: string | null;
}

/** Who answers for a ledger entry: the department and officer it names, and who must close it. */
export interface Responsibility {
  department: string;
  officer: string | null;
  /** The officer responsible, else the department (its head answers). */
  owner: string;
}

const LAPSES: ReadonlySet<LedgerKind> = new Set([
  'tacit-approval',
  'overdue-step',
  'overdue-item',
  'complaint-overdue',
]);

/**
 * The department and officer a ledger entry names. The engine already names the claimer of a lapsed task or the
 * one user it was named to (null for a role task nobody claimed, whose lapse is the department's); a lapse of a
 * task whose officer was absent while a B post covered them is B's, who acted with A's authority; an officer's
 * withdrawal is the officer's own department's; an entry with no department is the center's.
 */
export function ledgerResponsibility(lapse: LedgerLapse, facts: StaffFacts): Responsibility {
  const covering = lapse.officer !== null && LAPSES.has(lapse.kind) ? facts.coveredBy[lapse.officer] : undefined;
  const officer = covering ?? lapse.officer;
  const ownDepartment = lapse.kind === 'officer-withdrawal' ? facts.actorDepartment : null;
  const department = lapse.department ?? ownDepartment ?? 'center';
  return { department, officer, owner: officer ?? department };
}
