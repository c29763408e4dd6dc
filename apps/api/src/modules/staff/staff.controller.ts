import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import type { AbPairDto, AbsenceDto } from './dtos/absence.dto';
import { absenceInputSchema, usernameParamSchema } from './dtos/absence.input';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Roles('admin')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get('pairs')
  pairs(@CurrentUser() admin: AuthUser): Promise<AbPairDto[]> {
    return this.staff.pairsOf(admin.centerId);
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
  removeAbsence(@Param('id') id: string, @CurrentUser() admin: AuthUser): Promise<void> {
    return this.staff.removeAbsence(admin, id);
  }
}
