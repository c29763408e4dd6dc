import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { type AuthUser, UserEntity } from '../identity';
import { type AbPairDto, type AbsenceDto, toAbsenceDto } from './dtos/absence.dto';
import type { AbsenceInput } from './dtos/absence.input';
import { AbPairEntity } from './entities/ab-pair.entity';
import { AbsenceEntity } from './entities/absence.entity';
import { absenceNotFound, absenceOverlapsPartner, userNotFound } from './staff.exception';

/**
 * A/B posts (AB岗) and absences. "Now" is always passed in as `at` (the business clock), never read here.
 * Absences are half-open: a user is absent at `at` when from <= at < to.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(AbPairEntity) private readonly pairs: Repository<AbPairEntity>,
    @InjectRepository(AbsenceEntity) private readonly absences: Repository<AbsenceEntity>,
  ) {}

  /** Records an absence; refused while the user's A/B partner is absent at an overlapping time. */
  async recordAbsence(admin: AuthUser, username: string, { from, to }: AbsenceInput): Promise<AbsenceDto> {
    return this.db.transaction(async (em) => {
      await this.userInCenter(em, admin.centerId, username);
      // Locking the pair rows serialises concurrent absences of A and B, so both cannot slip through.
      const pairs = await em
        .createQueryBuilder(AbPairEntity, 'p')
        .where('p.a_username = :username OR p.b_username = :username', { username })
        .orderBy('p.a_username')
        .setLock('pessimistic_write')
        .getMany();
      const partners = pairs.map((pair) => (pair.aUsername === username ? pair.bUsername : pair.aUsername));
      if (partners.length > 0) {
        const clash = await em
          .createQueryBuilder(AbsenceEntity, 'x')
          .where('x.username IN (:...partners)', { partners })
          .andWhere('x.from_at < :to AND x.to_at > :from', { from, to })
          .orderBy('x.from_at')
          .getOne();
        if (clash) throw absenceOverlapsPartner(clash.username, clash.from, clash.to);
      }
      const absence = await em.save(
        em.create(AbsenceEntity, { centerId: admin.centerId, username, from, to, createdBy: admin.username }),
      );
      return toAbsenceDto(absence, backupIn(pairs, username));
    });
  }

  async listAbsences(admin: AuthUser, username: string): Promise<AbsenceDto[]> {
    await this.userInCenter(this.db.manager, admin.centerId, username);
    const [absences, pair] = await Promise.all([
      this.absences.find({ where: { username, centerId: admin.centerId }, order: { from: 'ASC' } }),
      this.pairs.findOneBy({ aUsername: username }),
    ]);
    return absences.map((absence) => toAbsenceDto(absence, pair?.bUsername ?? null));
  }

  async removeAbsence(admin: AuthUser, id: string): Promise<void> {
    if (!UUID.test(id)) throw absenceNotFound();
    const result = await this.absences.delete({ id, centerId: admin.centerId });
    if (!result.affected) throw absenceNotFound();
  }

  async pairsOf(centerId: string): Promise<AbPairDto[]> {
    return this.db.query(
      `SELECT p.a_username AS a, ua.name AS "aName", p.b_username AS b, ub.name AS "bName", ua.department
       FROM ab_pair p JOIN app_user ua ON ua.username = p.a_username JOIN app_user ub ON ub.username = p.b_username
       WHERE p.center_id = $1 ORDER BY p.a_username`,
      [centerId],
    );
  }

  /** The A posts whose tasks `username` takes at `at`, as their B post, because they are absent then. */
  async coveredBy(username: string, at: Date): Promise<string[]> {
    const [row]: { covered: string[] }[] = await this.db.query(`SELECT ${coveredBySql('$1', '$2')} AS covered`, [
      username,
      at.toISOString(),
    ]);
    return row.covered;
  }

  /** Whether `b` acts with `a`'s authority at `at`: b is a's B post and a is absent then. */
  async actingFor(b: string, a: string, at: Date): Promise<boolean> {
    return (await this.coveredBy(b, at)).includes(a);
  }

  /** A → B for every A post of the center absent at `at` and the B post covering it then. */
  async coverageAt(centerId: string, at: Date): Promise<Record<string, string>> {
    const rows: { a: string; b: string }[] = await this.db.query(
      `SELECT p.a_username AS a, p.b_username AS b
       FROM ab_pair p JOIN absence x ON x.username = p.a_username
       WHERE p.center_id = $1 AND x.from_at <= $2 AND x.to_at > $2`,
      [centerId, at.toISOString()],
    );
    return Object.fromEntries(rows.map(({ a, b }) => [a, b]));
  }

  /** The B post who takes `a`'s tasks at `at`, or null when a is present or has no B post. */
  async backupOf(a: string, at: Date): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT p.b_username AS b
       FROM ab_pair p JOIN absence x ON x.username = p.a_username
       WHERE p.a_username = $1 AND x.from_at <= $2 AND x.to_at > $2
       LIMIT 1`,
      [a, at.toISOString()],
    );
    return row?.b ?? null;
  }

  private async userInCenter(em: EntityManager, centerId: string, username: string): Promise<UserEntity> {
    const user = await em.findOneBy(UserEntity, { username, centerId });
    if (!user) throw userNotFound(username);
    return user;
  }
}

/**
 * The A posts that `b` (a username parameter) covers at `at` (a timestamptz parameter), as a text[] expression. A
 * disabled A is covered by nobody: its tasks went to its B post or its queue when it was disabled.
 */
function coveredBySql(b: string, at: string): string {
  return `ARRAY(SELECT DISTINCT p.a_username FROM ab_pair p JOIN absence x ON x.username = p.a_username
                JOIN app_user a ON a.username = p.a_username AND a.disabled_at IS NULL
                WHERE p.b_username = ${b} AND x.from_at <= ${at}::timestamptz AND x.to_at > ${at}::timestamptz
                ORDER BY 1)`;
}

const backupIn = (pairs: AbPairEntity[], username: string) =>
  pairs.find((pair) => pair.aUsername === username)?.bUsername ?? null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
