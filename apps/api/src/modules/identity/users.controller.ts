import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Page } from '@tongban/api-contract';
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
  constructor(private readonly users: UsersService) {}

  /** The caller's center's staff, for the designer's assignee picker. */
  @Roles('admin', 'officer', 'supervisor')
  @Get()
  @ApiQuery({ name: 'role', required: false, enum: ROLES })
  @ApiQuery({ name: 'department', required: false, type: String })
  async list(@Query() query: unknown, @CurrentUser() user: AuthUser): Promise<UserSummaryDto[] | Page<UserSummaryDto>> {
    const users = await this.users.list(user.centerId, parseInput(usersQuerySchema, query));
    if (Array.isArray(users)) return users.map(toUserSummaryDto);
    return { items: users.items.map(toUserSummaryDto), total: users.total };
  }

  /** People's names for the workbench and the portal (timeline actors, claims, officers on notices). */
  @Get('names')
  @ApiQuery({ name: 'usernames', required: true, type: String, description: 'comma-separated, at most 200' })
  names(@Query() query: unknown, @CurrentUser() user: AuthUser): Promise<PersonNameDto[]> {
    return this.users.names(user, parseInput(namesQuerySchema, query).usernames);
  }
}
