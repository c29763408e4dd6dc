import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AdminUser,
  createUserInputSchema,
  passwordResetInputSchema,
  updateUserInputSchema,
} from '@tongban/api-contract';
import { z } from 'zod';
import { parseInput } from '../../common/zod-body';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser, Roles } from '../identity/auth.decorators';
import { UsersAdminService } from './users-admin.service';

@ApiTags('administration')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersAdminController {
  constructor(
    private readonly users: UsersAdminService,
    private readonly clock: ClockService,
  ) {}

  @Post()
  @ApiOperation({ summary: '新建用户（本中心及下级中心）' })
  create(@CurrentUser() admin: AuthUser, @Body() body: unknown): Promise<AdminUser> {
    return this.users.create(admin, parseInput(createUserInputSchema, body), this.clock.now());
  }

  @Patch(':username')
  @ApiOperation({
    summary: '修改用户：姓名、角色、部门、首席代表、停用、邮箱、电话；停用时其待办转给B岗或退回部门待办',
  })
  update(
    @CurrentUser() admin: AuthUser,
    @Param('username') username: string,
    @Body() body: unknown,
  ): Promise<AdminUser> {
    return this.users.update(
      admin,
      parseInput(usernameParam, username),
      parseInput(updateUserInputSchema, body),
      this.clock.now(),
    );
  }

  @Post(':username/password')
  @HttpCode(204)
  @ApiOperation({ summary: '管理员重置密码；该用户已签发的令牌失效' })
  async resetPassword(
    @CurrentUser() admin: AuthUser,
    @Param('username') username: string,
    @Body() body: unknown,
  ): Promise<void> {
    const { password } = parseInput(passwordResetInputSchema, body);
    await this.users.resetPassword(admin, parseInput(usernameParam, username), password, this.clock.now());
  }
}

/** Existing accounts may predate the username pattern: any printable name up to 100 characters is looked up. */
export const usernameParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\x21-\x7e]+$/, '用户名无效');
