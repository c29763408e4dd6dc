import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Center,
  centerQuerySchema,
  createCenterInputSchema,
  createDepartmentInputSchema,
  createPairInputSchema,
  type Department,
  renameInputSchema,
} from '@tongban/api-contract';
import { z } from 'zod';
import { parseInput } from '../../common/zod-body';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser, Roles } from '../identity/auth.decorators';
import { OrganisationService } from './organisation.service';
import { usernameParam } from './users-admin.controller';

const STAFF = ['admin', 'officer', 'reviewer', 'committee', 'supervisor', 'head'] as const;
const idParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\x21-\x7e]+$/, '编码无效');

@ApiTags('administration')
@ApiBearerAuth()
@Controller('centers')
export class CentersAdminController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly clock: ClockService,
  ) {}

  @Roles(...STAFF)
  @Get()
  @ApiOperation({ summary: '本中心及下级中心（省 → 市 → 县）' })
  list(@CurrentUser() user: AuthUser): Promise<Center[]> {
    return this.organisation.centers(user);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: '新建下级中心：上级须为本中心或其下级，级别比上级低一级' })
  create(@CurrentUser() admin: AuthUser, @Body() body: unknown): Promise<Center> {
    return this.organisation.createCenter(admin, parseInput(createCenterInputSchema, body), this.clock.now());
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: '修改中心名称' })
  rename(@CurrentUser() admin: AuthUser, @Param('id') id: string, @Body() body: unknown): Promise<Center> {
    const { name } = parseInput(renameInputSchema, body);
    return this.organisation.renameCenter(admin, parseInput(idParam, id), name, this.clock.now());
  }
}

@ApiTags('administration')
@ApiBearerAuth()
@Roles('admin')
@Controller('departments')
export class DepartmentsAdminController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly clock: ClockService,
  ) {}

  @Post()
  @ApiOperation({ summary: '新建部门（本中心或下级中心）' })
  create(@CurrentUser() admin: AuthUser, @Body() body: unknown): Promise<Department> {
    return this.organisation.createDepartment(admin, parseInput(createDepartmentInputSchema, body), this.clock.now());
  }

  @Patch(':code')
  @ApiOperation({ summary: '修改部门名称；?center= 指定中心（默认本中心）' })
  async rename(
    @CurrentUser() admin: AuthUser,
    @Param('code') code: string,
    @Query() query: unknown,
    @Body() body: unknown,
  ): Promise<Department> {
    const centerId = await this.organisation.departmentCenter(admin, parseInput(centerQuerySchema, query).center);
    const { name } = parseInput(renameInputSchema, body);
    return this.organisation.renameDepartment(admin, centerId, parseInput(idParam, code), name, this.clock.now());
  }
}

@ApiTags('administration')
@ApiBearerAuth()
@Roles('admin')
@Controller('staff/pairs')
export class PairsAdminController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly clock: ClockService,
  ) {}

  @Post()
  @ApiOperation({ summary: '设立AB岗：同一中心、同一部门，A岗不能已有搭档' })
  create(@CurrentUser() admin: AuthUser, @Body() body: unknown): Promise<{ a: string; b: string }> {
    return this.organisation.createPair(admin, parseInput(createPairInputSchema, body), this.clock.now());
  }

  @Delete(':a')
  @HttpCode(204)
  @ApiOperation({ summary: '解除AB岗' })
  remove(@CurrentUser() admin: AuthUser, @Param('a') a: string): Promise<void> {
    return this.organisation.removePair(admin, parseInput(usernameParam, a), this.clock.now());
  }
}
