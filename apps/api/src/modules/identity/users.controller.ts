import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AdminUser, Page } from '@tongban/api-contract';
import { notFound } from '../../common/api-exception';
import { CentersService } from '../centers/centers.service';
import { toAdminUser } from '../administration/admin-user';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, ROLES } from './auth-user';
import { CurrentUser, Roles } from './auth.decorators';
import { type PersonNameDto, toUserSummaryDto, type UserSummaryDto } from './dtos/user.dto';
import { namesQuerySchema, usersQuerySchema } from './dtos/users-query.input';
import { UsersService } from './users.service';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly centers: CentersService,
  ) {}

  /**
   * The caller's center's staff, for the designer's assignee picker (enabled accounts, names and roles); an admin
   * gets full records, disabled accounts included, and may ask for a center below its own (`?center=`).
   */
  @Roles('admin', 'officer', 'supervisor')
  @Get()
  @ApiQuery({ name: 'role', required: false, enum: ROLES })
  @ApiQuery({ name: 'department', required: false, type: String })
  @ApiQuery({ name: 'q', required: false, type: String })
  @ApiQuery({ name: 'center', required: false, type: String })
  @ApiQuery({ name: 'disabled', required: false, enum: ['true', 'false'] })
  async list(
    @Query() query: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<UserSummaryDto[] | Page<UserSummaryDto> | AdminUser[] | Page<AdminUser>> {
    const parsed = parseInput(usersQuerySchema, query);
    const admin = user.roles.includes('admin');
    const centerId = parsed.center ?? user.centerId;
    if (centerId !== user.centerId && !(admin && (await this.centers.descendantsOf(user.centerId)).includes(centerId)))
      throw notFound('CENTER_NOT_FOUND', `中心 ${centerId} 不存在或不在本中心管辖范围内`);
    const users = await this.users.list(centerId, parsed, admin);
    const dto = admin ? toAdminUser : toUserSummaryDto;
    if (Array.isArray(users)) return users.map(dto);
    return { items: users.items.map(dto), total: users.total };
  }

  /** People's names for the workbench and the portal (timeline actors, claims, officers on notices). */
  @Get('names')
  @ApiQuery({ name: 'usernames', required: true, type: String, description: 'comma-separated, at most 200' })
  names(@Query() query: unknown, @CurrentUser() user: AuthUser): Promise<PersonNameDto[]> {
    return this.users.names(user, parseInput(namesQuerySchema, query).usernames);
  }
}
