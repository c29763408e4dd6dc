import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { notFound } from '../../common/api-exception';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Public, Roles } from '../identity';
import { deadlineQuerySchema, isoDateSchema, overrideInputSchema, yearSchema } from './calendar.inputs';
import { CalendarService } from './calendar.service';
import { DefaultCenter } from './default-center.service';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly defaultCenter: DefaultCenter,
  ) {}

  @Public()
  @Get('deadline')
  async deadline(@Query() query: unknown) {
    const { from, days, center } = parseInput(deadlineQuerySchema, query);
    const calendar = await this.calendars.forCenter(center ?? (await this.defaultCenter.id()));
    const date = calendar.addWorkingDays(from, days);
    return { deadline: date, instant: calendar.endOfDay(date), official: calendar.day(date).official };
  }

  @Public()
  @Get(':year')
  async year(@Param('year') rawYear: string, @Query('center') center?: string) {
    const year = parseInput(yearSchema, rawYear);
    const calendar = await this.calendars.forCenter(center ?? (await this.defaultCenter.id()));
    const { official, days } = calendar.year(year);
    return { year, official, days: days.map(({ date, workday, note, override }) => ({ date, workday, note, override })) };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put('overrides/:date')
  async setOverride(@Param('date') rawDate: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    const date = parseInput(isoDateSchema, rawDate);
    const { workday, note } = parseInput(overrideInputSchema, body);
    await this.calendars.setOverride(user.centerId, date, workday, note);
    return { date, workday, note, centerId: user.centerId };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Delete('overrides/:date')
  @HttpCode(204)
  async removeOverride(@Param('date') rawDate: string, @CurrentUser() user: AuthUser): Promise<void> {
    const date = parseInput(isoDateSchema, rawDate);
    if (!(await this.calendars.removeOverride(user.centerId, date))) {
      throw notFound('OVERRIDE_NOT_FOUND', `${date} 没有本地调整`);
    }
  }
}
