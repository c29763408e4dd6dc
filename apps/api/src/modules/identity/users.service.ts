import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { isPaged, type Page, pageWindow, type USER_SORTS, type UsersQuery } from '@tongban/api-contract';
import { badRequest } from '../../common/api-exception';
import { assertSortable } from '../../common/list-query';
import type { AuthUser } from './auth-user';
import type { PersonNameDto } from './dtos/user.dto';
import { UserEntity } from './entities/user.entity';

@Injectable()
export class UsersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  /** Demo accounts (password = username) work only in demo mode; a disabled account never. */
  isEnabled(user: UserEntity): boolean {
    return (this.config.demo || !user.demo) && user.disabledAt === null;
  }

  async findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  /** An enabled account by id, or null. */
  async findEnabledById(id: string): Promise<UserEntity | null> {
    if (!UUID.test(id)) return null;
    const user = await this.users.findOneBy({ id });
    return user && this.isEnabled(user) ? user : null;
  }

  /**
   * A center's users by username: without `page`/`pageSize` all (as the contract always said), with them one
   * page (LIMIT/OFFSET) and the total; `role`, `department`, `q` and `disabled` narrow both. `includeDisabled`
   * false (the pickers of staff) leaves disabled accounts out whatever `disabled` says.
   */
  async list(centerId: string, query: UsersQuery, includeDisabled = true): Promise<UserEntity[] | Page<UserEntity>> {
    assertSortable(query);
    const { role, department } = query;
    const sorted = query.sort ? USER_SORT_COLUMNS[query.sort as (typeof USER_SORTS)[number]] : 'u.username';
    if (!sorted)
      throw badRequest('INVALID_SORT', `不能按 ${query.sort} 排序，可选：${Object.keys(USER_SORT_COLUMNS).join('、')}`);
    const builder = this.users
      .createQueryBuilder('u')
      .where('u.center_id = :centerId', { centerId })
      .orderBy(sorted, query.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST');
    if (sorted !== 'u.username') builder.addOrderBy('u.username', 'ASC');
    if (role) builder.andWhere(':role = ANY(u.roles)', { role });
    if (department) builder.andWhere('u.department = :department', { department });
    if (query.q)
      builder.andWhere("(u.username ILIKE :q ESCAPE '\\' OR u.name ILIKE :q ESCAPE '\\')", {
        q: `%${likeText(query.q)}%`,
      });
    if (!includeDisabled || query.disabled === 'false') builder.andWhere('u.disabled_at IS NULL');
    else if (query.disabled === 'true') builder.andWhere('u.disabled_at IS NOT NULL');
    if (!this.config.demo) builder.andWhere('u.demo = false');
    if (!isPaged(query)) return builder.getMany();
    const { offset, limit } = pageWindow(query);
    const [items, total] = await builder.offset(offset).limit(limit).getManyAndCount();
    return { items, total };
  }

  /**
   * Names (and staff office phones) of the given usernames in the caller's center, for showing people instead of
   * accounts. Staff may name anyone of their center; an applicant only staff and itself. Unknown names are left out.
   */
  async names(caller: AuthUser, usernames: string[]): Promise<PersonNameDto[]> {
    if (!usernames.length) return [];
    const rows: { username: string; name: string; phone: string | null; roles: string[] }[] = await this.users.query(
      `SELECT username, name, phone, roles FROM app_user WHERE center_id = $1 AND username = ANY($2)`,
      [caller.centerId, usernames],
    );
    const callerIsApplicant = applicantOnly(caller.roles);
    return rows
      .filter((row) => !callerIsApplicant || row.username === caller.username || !applicantOnly(row.roles))
      .map((row) => ({ username: row.username, name: row.name, phone: applicantOnly(row.roles) ? null : row.phone }));
  }
}

/** Text matched literally inside a LIKE pattern. */
const likeText = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Someone who signs in only to apply: may learn staff names and its own, nobody else's. */
const applicantOnly = (roles: readonly string[]) => roles.every((role) => role === 'applicant');

/** `sort` fields of `GET /api/users` and their columns. */
const USER_SORT_COLUMNS: Record<(typeof USER_SORTS)[number], string> = {
  username: 'u.username',
  name: 'u.name',
  department: 'u.department',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
