import { Body, Controller, Delete, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { centerQuerySchema } from '@tongban/api-contract';
import { notFound } from '../../../common/api-exception';
import { parseInput } from '../../../common/zod-body';
import { isoDateSchema, overrideInputSchema } from '../../calendar/calendar.inputs';
import { type AuthUser, CurrentUser, Roles } from '../../identity';
import { CentersService } from '../../centers/centers.service';
import { CalendarChanges } from './calendar-changes.service';

/** An administrator's local overrides (own center, or `?center=` one below it); each moves the running items' deadlines with it (CalendarChanges). */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar/overrides')
export class CalendarOverridesController {
  constructor(
    private readonly changes: CalendarChanges,
    private readonly centers: CentersService,
  ) {}

  private center(user: AuthUser, query: unknown): Promise<string> {
    return this.centers.inScope(user.centerId, parseInput(centerQuerySchema, query).center);
  }

  @Roles('admin')
  @Put(':date')
  async setOverride(
    @Param('date') rawDate: string,
    @Body() body: unknown,
    @Query() query: unknown,
    @CurrentUser() user: AuthUser,
  ) {
    const date = parseInput(isoDateSchema, rawDate);
    const { workday, note } = parseInput(overrideInputSchema, body);
    const centerId = await this.center(user, query);
    const result = await this.changes.change(centerId, { date, workday, note }, user.username);
    return { date, workday, note, centerId, ...result };
  }

  @Roles('admin')
  @Delete(':date')
  @HttpCode(204)
  async removeOverride(
    @Param('date') rawDate: string,
    @Query() query: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const date = parseInput(isoDateSchema, rawDate);
    const centerId = await this.center(user, query);
    if (!(await this.changes.change(centerId, { date, removed: true }, user.username))) {
      throw notFound('OVERRIDE_NOT_FOUND', `${date} 没有本地调整`);
    }
  }
}
