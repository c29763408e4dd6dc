import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { cardsByDayQuerySchema, ledgerQuerySchema, onTimeQuerySchema } from '@tongban/api-contract';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseInput } from '../../common/zod-body';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { DashboardStatisticsService } from './dashboard-statistics.service';
import { StatisticsService } from './statistics.service';
import { SupervisionService } from './supervision.service';
import { UuidParam } from '../../common/hostile-input.middleware';

const closeSchema = z.object({ note: z.string().trim().min(1, '销号必须填写核查说明').max(2000) });

@ApiTags('supervision')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('supervision')
export class SupervisionController {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly statistics: StatisticsService,
    private readonly dashboard: DashboardStatisticsService,
  ) {}

  @Get('overview')
  overview(@CurrentUser() user: AuthUser) {
    return this.supervision.overview(user);
  }

  @Get('statistics/cards-by-day')
  @ApiOperation({ summary: '近 N 天（默认 30）每日发出的黄牌、红牌数（按 Asia/Shanghai 日）' })
  cardsByDay(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.dashboard.cardsByDay(user, parseInput(cardsByDayQuerySchema, query).days);
  }

  @Get('statistics/on-time')
  @ApiOperation({ summary: '按部门或按事项的按时办结率与平均用时' })
  onTime(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.statistics.onTime(user, parseInput(onTimeQuerySchema, query).by);
  }

  @Get('statistics/workload')
  @ApiOperation({ summary: '各环节在办任务数与平均等待时长（瓶颈）' })
  workload(@CurrentUser() user: AuthUser) {
    return this.dashboard.workload(user);
  }

  @Get('ledger')
  @ApiOperation({ summary: '问责台账；带 page 与 pageSize 时分页返回 { items, total }' })
  ledger(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.supervision.ledger(user, parseInput(ledgerQuerySchema, query));
  }

  @Post('ledger/:id/close')
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: unknown) {
    return this.supervision.closeEntry(user, id, parseInput(closeSchema, body).note);
  }
}
