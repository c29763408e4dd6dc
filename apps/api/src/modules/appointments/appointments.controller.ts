import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@tongban/api-contract';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Public, Roles } from '../identity';
import { AppointmentsService } from './appointments.service';
import type { AppointmentDto, SlotsDto } from './dtos/appointment.dto';
import { bookInputSchema, listQuerySchema, slotsQuerySchema } from './dtos/appointment.input';
import { UuidParam } from '../../common/hostile-input.middleware';

@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Public()
  @Get('slots')
  @ApiOperation({ summary: '某事项窗口今后 5 个工作日的可预约时段与余号（无需登录）' })
  slots(@Query() query: unknown, @CurrentUser() user?: AuthUser): Promise<SlotsDto> {
    const { itemCode, center } = parseInput(slotsQuerySchema, query);
    return this.appointments.slots(itemCode, { requested: center, caller: user?.centerId });
  }

  @ApiBearerAuth()
  @Roles('applicant')
  @Post()
  @ApiOperation({ summary: '预约一个窗口时段' })
  book(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<AppointmentDto> {
    return this.appointments.book(user, parseInput(bookInputSchema, body));
  }

  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '我的预约（申请人）或本中心的预约（工作人员）' })
  list(@CurrentUser() user: AuthUser, @Query() query: unknown): Promise<AppointmentDto[] | Page<AppointmentDto>> {
    return this.appointments.list(user, parseInput(listQuerySchema, query));
  }

  @ApiBearerAuth()
  @Roles('applicant')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: '取消预约（办理前 2 小时截止）' })
  cancel(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string): Promise<AppointmentDto> {
    return this.appointments.cancel(user, id);
  }
}
