import { Body, Controller, Delete, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { notFound } from '../../../common/api-exception';
import { parseInput } from '../../../common/zod-body';
import { isoDateSchema, overrideInputSchema } from '../../calendar/calendar.inputs';
import { type AuthUser, CurrentUser, Roles } from '../../identity';
import { CalendarChanges } from './calendar-changes.service';

/** An administrator's local overrides; each moves the running items' deadlines with it (CalendarChanges). */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar/overrides')
export class CalendarOverridesController {
  constructor(private readonly changes: CalendarChanges) {}

  @Roles('admin')
  @Put(':date')
  async setOverride(@Param('date') rawDate: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    const date = parseInput(isoDateSchema, rawDate);
    const { workday, note } = parseInput(overrideInputSchema, body);
    const result = await this.changes.change(user.centerId, { date, workday, note }, user.username);
    return { date, workday, note, centerId: user.centerId, ...result };
  }

  @Roles('admin')
  @Delete(':date')
  @HttpCode(204)
  async removeOverride(@Param('date') rawDate: string, @CurrentUser() user: AuthUser): Promise<void> {
    const date = parseInput(isoDateSchema, rawDate);
    if (!(await this.changes.change(user.centerId, { date, removed: true }, user.username))) {
      throw notFound('OVERRIDE_NOT_FOUND', `${date} 没有本地调整`);
    }
  }
}
