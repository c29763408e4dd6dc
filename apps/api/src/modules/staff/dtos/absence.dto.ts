import type { AbsenceEntity } from '../entities/absence.entity';

export interface AbsenceDto {
  id: string;
  username: string;
  from: string;
  to: string;
  /** The B post who takes the absent user's tasks, if the user is an A post. */
  backup: string | null;
}

export interface AbPairDto {
  a: string;
  aName: string;
  b: string;
  bName: string;
  department: string | null;
}

export const toAbsenceDto = (absence: AbsenceEntity, backup: string | null): AbsenceDto => ({
  id: absence.id,
  username: absence.username,
  from: absence.from.toISOString(),
  to: absence.to.toISOString(),
  backup,
});
