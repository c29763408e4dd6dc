import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/zod-body';
import { Public } from '../identity';
import { deadlineQuerySchema, yearSchema } from './calendar.inputs';
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
    return {
      year,
      official,
      days: days.map(({ date, workday, note, override }) => ({ date, workday, note, override })),
    };
  }
}
