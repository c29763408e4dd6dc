import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { centerQuerySchema } from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
import { CentersService } from '../centers/centers.service';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import type { AbPairDto, AbsenceDto } from './dtos/absence.dto';
import { absenceInputSchema, usernameParamSchema } from './dtos/absence.input';
import { StaffService } from './staff.service';
import { UuidParam } from '../../common/hostile-input.middleware';

@ApiTags('staff')
@ApiBearerAuth()
@Roles('admin')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly centers: CentersService,
  ) {}

  /** The pairs of the admin's center, or (`?center=`) of a center below it. */
  @Get('pairs')
  @ApiQuery({ name: 'center', required: false, type: String })
  async pairs(@CurrentUser() admin: AuthUser, @Query() query: unknown): Promise<AbPairDto[]> {
    const centerId = await this.centers.inScope(admin.centerId, parseInput(centerQuerySchema, query).center);
    return this.staff.pairsOf(centerId);
  }

  @Post(':username/absence')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['from', 'to'],
      properties: {
        from: { type: 'string', format: 'date-time', example: '2026-10-12T00:00:00+08:00' },
        to: { type: 'string', format: 'date-time', example: '2026-10-17T00:00:00+08:00' },
      },
    },
  })
  recordAbsence(
    @Param('username') username: string,
    @Body() body: unknown,
    @CurrentUser() admin: AuthUser,
  ): Promise<AbsenceDto> {
    return this.staff.recordAbsence(
      admin,
      parseInput(usernameParamSchema, username),
      parseInput(absenceInputSchema, body),
    );
  }

  @Get(':username/absence')
  listAbsences(@Param('username') username: string, @CurrentUser() admin: AuthUser): Promise<AbsenceDto[]> {
    return this.staff.listAbsences(admin, parseInput(usernameParamSchema, username));
  }

  @Delete('absence/:id')
  @HttpCode(204)
  removeAbsence(@Param('id', UuidParam) id: string, @CurrentUser() admin: AuthUser): Promise<void> {
    return this.staff.removeAbsence(admin, id);
  }
}
